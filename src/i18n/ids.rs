//! The one table of message ids the code names, besides the ids made
//! from tables of their own: each rule's `title`, `why` and `fix`
//! ([`super::rule_id`] over `RULES`) and each node kind's title
//! ([`super::kind_id`] over `Kind::ALL`). A test checks that every `.ftl`
//! file has exactly these messages; the compiler, that each id here is
//! used (the constants are crate-private, so an unused one is dead code).

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub(crate) const $name: &str = $id;)*
        /// Every id of this table, in table order.
        #[cfg(test)]
        pub(crate) const TABLE: &[&str] = &[$($id),*];
    };
}

ids! {
    // Shared pieces of messages.
    /// Between the items of a list.
    LIST_SEPARATOR = "list-separator";
    /// `$list` and `$more` more.
    LIST_MORE = "list-more";
    /// A node: `$kind` title and `$name`.
    NODE = "node";
    WAY_OUT_TO_INTERNET = "way-out-to-internet";
    WAY_OUT_OVER_INTERNET = "way-out-over-internet";
    WAY_OUT_THROUGH = "way-out-through";
    REGION_BOX = "region-box";
    ASSUMED = "assumed-route";
    ASSUMED_OF = "assumed-route-of";
    LAYER_IPSEC = "layer-ipsec";
    LAYER_TLS = "layer-tls";
    LAYER_MACSEC = "layer-macsec";
    LAYER_NONE = "layer-none";

    // Findings, by rule.
    EGR001_FLOW = "egr001-flow";
    EGR001_NOTEBOOK = "egr001-notebook";
    EGR001_NOTEBOOK_FIX = "egr001-notebook-fix";
    EGR002_MESSAGE = "egr002-message";
    EGR003_MESSAGE = "egr003-message";
    EGR004_MESSAGE = "egr004-message";
    EGR004_DRAWN_IN_VPC = "egr004-drawn-in-vpc";
    EGR005_WRITES = "egr005-writes";
    EGR005_READS = "egr005-reads";
    EGR006_DATA = "egr006-data";
    EGR006_MESSAGE = "egr006-message";
    EGR007_OWN_NETWORK = "egr007-own-network";
    EGR007_VPC = "egr007-vpc";
    EGR008_MESSAGE = "egr008-message";
    ENC001_MESSAGE = "enc001-message";
    ENC002_DATA = "enc002-data";
    ENC002_SENSITIVE = "enc002-sensitive";
    ENC002_OVER_INTERNET = "enc002-over-internet";
    ENC002_LEG = "enc002-leg";
    ENC002_LEG_OVER_INTERNET = "enc002-leg-over-internet";
    ENC002_LEG_IN_VPC = "enc002-leg-in-vpc";
    ENC002_MESSAGE = "enc002-message";
    ENC002_THROUGH = "enc002-through";
    ENC002_IPSEC_FIX = "enc002-ipsec-fix";
    ENC002_IN_VPC_FIX = "enc002-in-vpc-fix";
    ENC003_MESSAGE = "enc003-message";
    ENC004_MESSAGE = "enc004-message";
    ENC004_S3 = "enc004-s3";
    ENC004_RDS = "enc004-rds";
    ENC004_DMS = "enc004-dms";
    ENC004_GLUE = "enc004-glue";
    LOC001_MESSAGE = "loc001-message";
    LOC001_FLOW_FIX = "loc001-flow-fix";
    LOC002_MESSAGE = "loc002-message";
    LOC003_STORE = "loc003-store";
    LOC003_FLOW = "loc003-flow";
    NET001_MESSAGE = "net001-message";
    NET001_ON_PREMISES = "net001-on-premises";
    NET001_OTHER_VPC = "net001-other-vpc";
    NET001_OUTSIDE = "net001-outside";
    NET002_MESSAGE = "net002-message";
    NET003_MESSAGE = "net003-message";
    NET003_GATEWAY = "net003-gateway";
    NET003_CROSS_REGION = "net003-cross-region";
    NET003_SERVICE_REGION = "net003-service-region";
    NET003_SUPPORTED_REGIONS = "net003-supported-regions";
    NET003_UNSUPPORTED = "net003-unsupported";
    NET004_MESSAGE = "net004-message";
    NET005_MESSAGE = "net005-message";
    NET005_TRANSIT_GATEWAY = "net005-transit-gateway";
    NET006_ALB = "net006-alb";
    NET006_NONE = "net006-none";
    NET007_PUBLIC = "net007-public";
    NET007_SUBNET = "net007-subnet";
    NET007_DMS_SUBNET = "net007-dms-subnet";
    NET007_DMS_PUBLIC = "net007-dms-public";
    NET007_EC2 = "net007-ec2";
    NET008_MESSAGE = "net008-message";
    NET009_MESSAGE = "net009-message";
    NET010_MESSAGE = "net010-message";
    NET011_MESSAGE = "net011-message";
    NET012_MESSAGE = "net012-message";
    NET012_ON_PREMISES = "net012-on-premises";
    NET012_SERVICE = "net012-service";
    NET012_VPCS = "net012-vpcs";
    NET013_MESSAGE = "net013-message";
    NET013_NOTHING = "net013-nothing";
    NET013_GROUP = "net013-group";
    NET013_VPC_ADDRESSES = "net013-vpc-addresses";
    NET014_MESSAGE = "net014-message";
    NET015_MESSAGE = "net015-message";

    // The canvas's flow chips and their tooltip (the SVG export's too).
    CHIP_PLAIN = "chip-plain";
    CHIP_TLS_ENFORCED = "chip-tls-enforced";
    CHIP_NOTHING = "chip-nothing";
    CHIP_SUBSET = "chip-subset";
    TLS_ENFORCED_BY = "tls-enforced-by";

    // Report formats.
    REPORT_FINDINGS = "report-findings";
    REPORT_RULES = "report-rules";
    REPORT_SUMMARY = "report-summary";
    REPORT_SUMMARY_SUPPRESSED = "report-summary-suppressed";
    TEXT_ID = "text-id";
    TEXT_PATH = "text-path";
    TEXT_FIX = "text-fix";
    TEXT_SUPPRESSED = "text-suppressed";
    TEXT_UNUSED_SUPPRESSION = "text-unused-suppression";
    MD_COLUMNS = "md-columns";
    MD_SUPPRESSED_MARK = "md-suppressed-mark";
    MD_ID = "md-id";
    MD_SEVERITY = "md-severity";
    MD_FINDING = "md-finding";
    MD_PATH = "md-path";
    MD_WHY = "md-why";
    MD_FIX = "md-fix";
    MD_SUPPRESSED = "md-suppressed";
    MD_UNUSED_SUPPRESSIONS = "md-unused-suppressions";
}

/// The app's own words (`ui.ftl`), besides the ids made from tables:
/// each palette group, each kind's summary, each property's title, help
/// and default, each severity ([`super::group_id`], [`super::summary_id`],
/// [`super::prop_id`], [`super::severity_id`]). The app is built for
/// wasm32 only, so natively these look unused; the wasm32 build checks
/// that each one is.
pub(crate) mod ui {
    #![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    ids! {
        // API names and settings stay as they are..
        // Top bar and status line.
        UNTITLED_DESIGN = "untitled-design";
        TOOLS_LABEL = "tools-label";
        TEMPLATES = "templates";
        DESIGNS = "designs";
        DESIGNS_TOOLTIP = "designs-tooltip";
        UNDO = "undo";
        UNDO_TOOLTIP = "undo-tooltip";
        REDO = "redo";
        REDO_TOOLTIP = "redo-tooltip";
        ZOOM_OUT = "zoom-out";
        ZOOM_OUT_TOOLTIP = "zoom-out-tooltip";
        ZOOM_IN = "zoom-in";
        ZOOM_IN_TOOLTIP = "zoom-in-tooltip";
        FIT = "fit";
        FIT_TOOLTIP = "fit-tooltip";
        THEME_LABEL = "theme-label";
        THEME_TOOLTIP = "theme-tooltip";
        HELP = "help";
        HELP_TOOLTIP = "help-tooltip";
        FINDINGS_PILL = "findings-pill";
        /// The findings pill in safe mode (checking paused).
        FINDINGS_PILL_PAUSED = "findings-pill-paused";
        STATUS_LINE = "status-line";
        // The empty canvas.
        EMPTY_TITLE = "empty-title";
        EMPTY_TEXT = "empty-text";
        OPEN_TEMPLATE = "open-template";
        // Palette.
        PALETTE_LABEL = "palette-label";
        PALETTE_SEARCH = "palette-search";
        PALETTE_ADD = "palette-add";
        PALETTE_NO_MATCH = "palette-no-match";
        PALETTE_HINT = "palette-hint";
        // Canvas.
        CANVAS_LABEL = "canvas-label";
        BADGE_TOOLTIP = "badge-tooltip";
        GLUE_ATTACHED = "glue-attached";
        DRAG_TO_CONNECT = "drag-to-connect";
        DRAG_TO_RESIZE = "drag-to-resize";
        FLOW_ARIA = "flow-aria";
        FLOW_ARIA_LABELLED = "flow-aria-labelled";
        // Findings panel.
        FINDINGS = "findings";
        FINDINGS_EMPTY_DESIGN = "findings-empty-design";
        FINDINGS_NONE = "findings-none";
        FINDINGS_RAN = "findings-ran";
        /// Shown while the check worker checks the newest revision.
        FINDINGS_CHECKING = "findings-checking";
        /// Safe mode: nothing is checked, so there is no count.
        FINDINGS_PAUSED = "findings-paused";
        FINDINGS_SHOWING = "findings-showing";
        SHOW_ALL = "show-all";
        FINDINGS_MORE = "findings-more";
        LANG_LOAD_FAILED = "lang-load-failed";
        DOC_LOADING = "doc-loading";
        DOC_LOAD_FAILED = "doc-load-failed";
        SUPPRESSED_COUNT = "suppressed-count";
        FINDING_HEAD_TOOLTIP = "finding-head-tooltip";
        FINDING_PATH = "finding-path";
        FINDING_WHY = "finding-why";
        FINDING_FIX = "finding-fix";
        FINDING_SUPPRESSED = "finding-suppressed";
        FINDING_ABOUT = "finding-about";
        UNSUPPRESS = "unsuppress";
        SUPPRESS_START = "suppress-start";
        SUPPRESS_REASON = "suppress-reason";
        SUPPRESS_REASON_LABEL = "suppress-reason-label";
        SUPPRESS = "suppress";
        CANCEL = "cancel";
        // Inspector.
        INSPECTOR_LABEL = "inspector-label";
        SELECTED_COUNT = "selected-count";
        DELETE_SELECTION = "delete-selection";
        DESIGN = "design";
        DESIGN_TITLE = "design-title";
        DESIGN_DESCRIPTION = "design-description";
        REQUIREMENTS = "requirements";
        REQUIREMENTS_HELP = "requirements-help";
        REQ_STAYS_ON_PREMISES = "req-stays-on-premises";
        REQ_TRAIN_NON_SENSITIVE = "req-train-non-sensitive";
        REQ_NO_EGRESS = "req-no-egress";
        REQ_SENSITIVE_REGION = "req-sensitive-region";
        REQ_SENSITIVE_REGION_PLACEHOLDER = "req-sensitive-region-placeholder";
        REQ_CLOUD_TRANSPORT = "req-cloud-transport";
        REQ_CLOUD_TRANSPORT_ANY = "req-cloud-transport-any";
        REQ_CLOUD_TRANSPORT_ENCRYPTED = "req-cloud-transport-encrypted";
        REQ_CLOUD_TRANSPORT_IPSEC = "req-cloud-transport-ipsec";
        REQ_IN_TRANSIT = "req-in-transit";
        REQ_IN_TRANSIT_OFF = "req-in-transit-off";
        REQ_IN_TRANSIT_SENSITIVE = "req-in-transit-sensitive";
        REQ_IN_TRANSIT_ALL = "req-in-transit-all";
        SUPPRESSIONS = "suppressions";
        REMOVE = "remove";
        DESIGN_COUNTS = "design-counts";
        LABEL = "label";
        NODE_IN = "node-in";
        NODE_TOP_LEVEL = "node-top-level";
        CONNECT_TO = "connect-to";
        CHOOSE_NODE = "choose-node";
        NODE_OPTION = "node-option";
        DELETE = "delete";
        PROP_HELP_LINE = "prop-help-line";
        NONE = "none";
        DATASET_NAME = "dataset-name";
        DATASET_SENSITIVE = "dataset-sensitive";
        DATASET_SENSITIVE_MARK = "dataset-sensitive-mark";
        DATASET_REMOVE = "dataset-remove";
        DATASETS_TABLES = "datasets-tables";
        ADD_DATASET = "add-dataset";
        DATA_FLOW = "data-flow";
        FLOW_ROUTE = "flow-route";
        FLOW_OPEN = "flow-open";
        FLOW_FROM_TRANSIT = "flow-from-transit";
        TRANSPORT_PROTECTION = "transport-protection";
        TRANSPORT_NONE = "transport-none";
        TRANSPORT_HELP_NONE = "transport-help-none";
        TRANSPORT_HELP_TLS = "transport-help-tls";
        TRANSPORT_HELP_IPSEC = "transport-help-ipsec";
        TRANSPORT_HELP_MACSEC = "transport-help-macsec";
        ROUTE_CONNECTIVITY = "route-connectivity";
        ROUTE_REMOVE = "route-remove";
        ROUTE_REMOVE_TOOLTIP = "route-remove-tooltip";
        ROUTE_END = "route-end";
        ROUTE_END_TOOLTIP = "route-end-tooltip";
        CARRIES = "carries";
        CARRIES_ALL = "carries-all";
        CARRIES_SUBSET = "carries-subset";
        CARRIES_NOTHING = "carries-nothing";
        CARRIES_NO_SOURCE = "carries-no-source";
        DELETE_FLOW = "delete-flow";
        FINDINGS_HERE = "findings-here";
        // Embed.
        OPEN_IN_AIRLOCK = "open-in-airlock";
        // Keyboard and mouse.
        SHORTCUTS_TITLE = "shortcuts-title";
        // File, share and export menus.
        OPEN = "open";
        OPEN_TOOLTIP = "open-tooltip";
        OPEN_INPUT_LABEL = "open-input-label";
        SAVE = "save";
        SAVE_TOOLTIP = "save-tooltip";
        SHARE = "share";
        COPY_LINK = "copy-link";
        COPY_EMBED = "copy-embed";
        EXPORT = "export";
        EXPORT_SVG = "export-svg";
        EXPORT_PNG = "export-png";
        EXPORT_DRAWIO = "export-drawio";
        EXPORT_MD = "export-md";
        EXPORT_JSON = "export-json";
        EXPORT_SARIF = "export-sarif";
        EMBED_SNIPPET_TITLE = "embed-snippet-title";
        EMBED_SNIPPET_NOTE = "embed-snippet-note";
        SHARE_LINK_TITLE = "share-link-title";
        SHARE_LINK_NOTE = "share-link-note";
        COPY = "copy";
        COPIED = "copied";
        CHARACTERS = "characters";
        SAVE_FAILED = "save-failed";
        EXPORT_FAILED = "export-failed";
        OPENED_FILE = "opened-file";
        OPEN_FAILED = "open-failed";
        IMPORT_FAILED = "import-failed";
        // The Open menu: a file, pasted text, the last draw.io import.
        OPEN_FILE_ITEM = "open-file-item";
        OPEN_TEXT_ITEM = "open-text-item";
        OPEN_TEXT_TITLE = "open-text-title";
        OPEN_TEXT_HELP = "open-text-help";
        OPEN_TEXT_LABEL = "open-text-label";
        OPEN_TEXT_EMPTY = "open-text-empty";
        PASTED_NAME = "pasted-name";
        REOPEN_IMPORT = "reopen-import";
        // Find on canvas.
        FIND_LABEL = "find-label";
        FIND_PLACEHOLDER = "find-placeholder";
        FIND_NONE = "find-none";
        // The "Imported from draw.io" dialog.
        IMPORTED_TITLE = "imported-title";
        IMPORTED_PAGE = "imported-page";
        IMPORTED_KIND = "imported-kind";
        IMPORTED_NOT_MAPPED = "imported-not-mapped";
        IMPORTED_EDGES = "imported-edges";
        IMPORTED_MAPPED = "imported-mapped";
        IMPORTED_NOTES = "imported-notes";
        IMPORTED_CELL = "imported-cell";
        IMPORTED_LABEL = "imported-label";
        IMPORTED_WHY = "imported-why";
        IMPORTED_APPLY = "imported-apply";
        IMPORTED_ALL = "imported-all";
        IMPORTED_UNKNOWN = "imported-unknown";
        IMPORTED_HOW = "imported-how";
        IMPORTED_REIMPORT = "imported-reimport";
        IMPORTED_SUMMARY = "imported-summary";
        IMPORTED_NOT_UNDERSTOOD = "imported-not-understood";
        IMPORTED_CELLS = "imported-cells";
        IMPORTED_MAP_LABEL = "imported-map-label";
        IMPORTED_FAILED = "imported-failed";
        // Designs kept in this browser, and banners.
        DISMISS = "dismiss";
        DESIGNS_HELP = "designs-help";
        DESIGNS_NONE = "designs-none";
        DESIGNS_UNAVAILABLE = "designs-unavailable";
        TIME_UNKNOWN = "time-unknown";
        DESIGN_META = "design-meta";
        OPEN_HERE = "open-here";
        RENAME = "rename";
        NEW_TITLE = "new-title";
        SAVE_AS_FILE = "save-as-file";
        OPEN_IN_THIS_TAB = "open-in-this-tab";
        DELETE_FROM_BROWSER = "delete-from-browser";
        DELETE_FOR_GOOD = "delete-for-good";
        DESIGN_OPENED = "design-opened";
        DESIGN_OPEN_FAILED = "design-open-failed";
        DESIGN_OPEN_FAILED_AFTER = "design-open-failed-after";
        DESIGN_SAVE_FAILED = "design-save-failed";
        RENAME_FAILED = "rename-failed";
        // What the app tells about keeping designs.
        QUOTED_TITLE = "quoted-title";
        THIS_DESIGN = "this-design";
        AUTOSAVE_OFF = "autosave-off";
        DATABASE_REFUSED = "database-refused";
        OTHER_TAB_DELETED = "other-tab-deleted";
        OTHER_TAB_BOTH = "other-tab-both";
        OTHER_TAB_CHANGED = "other-tab-changed";
        FRAMED_NOTE = "framed-note";
        SHARED_OPENED = "shared-opened";
        SHARE_LINK_FAILED = "share-link-failed";
        RESTORE_FAILED = "restore-failed";
        RESTORE_FAILED_AFTER = "restore-failed-after";
        // Safe mode: a design open read-only, unchecked.
        SAFE_MODE = "safe-mode";
        SAFE_MODE_UNFINISHED = "safe-mode-unfinished";
        SAFE_MODE_SLOW = "safe-mode-slow";
        SAFE_MODE_ASKED = "safe-mode-asked";
        SAFE_MODE_AFTER = "safe-mode-after";
        SAFE_MODE_CHECK = "safe-mode-check";
        SAFE_MODE_CHECK_TOOLTIP = "safe-mode-check-tooltip";
        DESIGNS_SAFE_MODE = "designs-safe-mode";
        DESIGNS_SAFE_MODE_HELP = "designs-safe-mode-help";
        // Templates and dialogs.
        CLOSE = "close";
        GALLERY_HELP = "gallery-help";
        BLANK_DIAGRAM = "blank-diagram";
        BLANK_DIAGRAM_TEXT = "blank-diagram-text";
        PASSES = "passes";
        SEED_000 = "seed-000";
        SEED_001 = "seed-001";
        SEED_002 = "seed-002";
        SEED_003 = "seed-003";
        SEED_004 = "seed-004";
        SEED_MORE = "seed-more";
        // Keyboard and mouse: each shortcut's keys and what it does.
        SHORTCUT_PALETTE_KEYS = "shortcut-palette-keys";
        SHORTCUT_PALETTE_DOES = "shortcut-palette-does";
        SHORTCUT_PALETTE_ENTER_KEYS = "shortcut-palette-enter-keys";
        SHORTCUT_PALETTE_ENTER_DOES = "shortcut-palette-enter-does";
        SHORTCUT_MOVE_KEYS = "shortcut-move-keys";
        SHORTCUT_MOVE_DOES = "shortcut-move-does";
        SHORTCUT_CONNECT_KEYS = "shortcut-connect-keys";
        SHORTCUT_CONNECT_DOES = "shortcut-connect-does";
        SHORTCUT_BAND_KEYS = "shortcut-band-keys";
        SHORTCUT_BAND_DOES = "shortcut-band-does";
        SHORTCUT_SHIFT_CLICK_KEYS = "shortcut-shift-click-keys";
        SHORTCUT_SHIFT_CLICK_DOES = "shortcut-shift-click-does";
        SHORTCUT_PAN_KEYS = "shortcut-pan-keys";
        SHORTCUT_PAN_DOES = "shortcut-pan-does";
        SHORTCUT_WHEEL_KEYS = "shortcut-wheel-keys";
        SHORTCUT_WHEEL_DOES = "shortcut-wheel-does";
        SHORTCUT_UNDO_KEYS = "shortcut-undo-keys";
        SHORTCUT_UNDO_DOES = "shortcut-undo-does";
        SHORTCUT_REDO_KEYS = "shortcut-redo-keys";
        SHORTCUT_REDO_DOES = "shortcut-redo-does";
        SHORTCUT_COPY_KEYS = "shortcut-copy-keys";
        SHORTCUT_COPY_DOES = "shortcut-copy-does";
        SHORTCUT_SELECT_ALL_KEYS = "shortcut-select-all-keys";
        SHORTCUT_SELECT_ALL_DOES = "shortcut-select-all-does";
        SHORTCUT_DELETE_KEYS = "shortcut-delete-keys";
        SHORTCUT_DELETE_DOES = "shortcut-delete-does";
        SHORTCUT_ARROWS_KEYS = "shortcut-arrows-keys";
        SHORTCUT_ARROWS_DOES = "shortcut-arrows-does";
        SHORTCUT_ZOOM_KEYS = "shortcut-zoom-keys";
        SHORTCUT_ZOOM_DOES = "shortcut-zoom-does";
        SHORTCUT_TAB_KEYS = "shortcut-tab-keys";
        SHORTCUT_TAB_DOES = "shortcut-tab-does";
        SHORTCUT_ESCAPE_KEYS = "shortcut-escape-keys";
        SHORTCUT_ESCAPE_DOES = "shortcut-escape-does";
        SHORTCUT_HELP_KEYS = "shortcut-help-keys";
        SHORTCUT_HELP_DOES = "shortcut-help-does";
        SHORTCUT_FIND_KEYS = "shortcut-find-keys";
        SHORTCUT_FIND_DOES = "shortcut-find-does";
        // The canvas's context menu (`editor::menu`).
        MENU_LABEL = "menu-label";
        MENU_DELETE = "menu-delete";
        MENU_DUPLICATE = "menu-duplicate";
        MENU_CONNECT = "menu-connect";
        MENU_SHOW_FINDINGS = "menu-show-findings";
        MENU_ABOUT_KIND = "menu-about-kind";
        MENU_ABOUT_TITLE = "menu-about-title";
        MENU_EDIT_FLOW = "menu-edit-flow";
        MENU_PASTE = "menu-paste";
        MENU_SELECT_ALL = "menu-select-all";
        MENU_FIT = "menu-fit";
        SHORTCUT_MENU_KEYS = "shortcut-menu-keys";
        SHORTCUT_MENU_DOES = "shortcut-menu-does";
        // A design brought up to date as it opened (`errors.ftl`).
        MIGRATED = "migrated";
        THE_DESIGN = "the-design";
        THE_SHARED_DESIGN = "the-shared-design";
        THE_TEMPLATE = "the-template";
        NOT_UTF8 = "not-utf8";
    }
}

/// Why a document does not load, why the editor refused an edit, and
/// the notes of a format upgrade (`errors.ftl`).
pub(crate) mod err {
    ids! {
        PROBLEM = "problem";
        PROBLEM_OF = "problem-of";
        LOAD_DETAIL = "load-detail";
        LOAD_DETAIL_AT = "load-detail-at";
        LOAD_TOO_LARGE = "load-too-large";
        LOAD_SYNTAX = "load-syntax";
        LOAD_MISSING_VERSION = "load-missing-version";
        LOAD_NEWER_VERSION = "load-newer-version";
        LOAD_UNKNOWN_VERSION = "load-unknown-version";
        LOAD_MIGRATION = "load-migration";
        LOAD_INVALID = "load-invalid";
        LOAD_VERSION_NOT_NUMBER = "load-version-not-number";
        LOAD_NOT_AN_OBJECT = "load-not-an-object";
        LOAD_DESIGN_TOO_LARGE = "load-design-too-large";
        TOO_MANY_NODES = "too-many-nodes";
        TOO_MANY_FLOWS = "too-many-flows";
        TOO_MANY_SUPPRESSIONS = "too-many-suppressions";
        TOO_MANY_ENTRIES = "too-many-entries";
        TOO_MANY_DATASETS = "too-many-datasets";
        TOO_MANY_SELECTED = "too-many-selected";
        TOO_MANY_ROUTE_NODES = "too-many-route-nodes";
        TEXT_TOO_LONG = "text-too-long";
        FIELD_TITLE = "field-title";
        FIELD_SCHEMA = "field-schema";
        FIELD_DESCRIPTION = "field-description";
        FIELD_LABEL = "field-label";
        FIELD_REASON = "field-reason";
        ID_EMPTY = "id-empty";
        ID_TOO_LONG = "id-too-long";
        ID_CHARS = "id-chars";
        ID_DUPLICATE = "id-duplicate";
        COORDINATE_RANGE = "coordinate-range";
        SIZE_RANGE = "size-range";
        MUST_SIT = "must-sit";
        CANNOT_SIT = "cannot-sit";
        PLACE_TOP = "place-top";
        PLACE_IN = "place-in";
        PLACES_OR = "places-or";
        PARENT_NOT_NODE = "parent-not-node";
        PARENT_NOT_ZONE = "parent-not-zone";
        PROP_NOT_APPLICABLE = "prop-not-applicable";
        NOT_A_REGION = "not-a-region";
        DATASET_UNNAMED = "dataset-unnamed";
        DATASET_NAME_TOO_LONG = "dataset-name-too-long";
        DATASET_TWICE = "dataset-twice";
        NOT_SG_OR_CIDR = "not-sg-or-cidr";
        NOT_SG = "not-sg";
        CONNECTION_NOT_GLUE = "connection-not-glue";
        CONNECTION_NOT_NODE = "connection-not-node";
        INSTANCE_COUNT = "instance-count";
        VPC_REGION = "vpc-region";
        CONTAINMENT_CYCLE = "containment-cycle";
        NESTED_TOO_DEEP = "nested-too-deep";
        CIDR_NOT_A_BLOCK = "cidr-not-a-block";
        CIDR_PREFIX = "cidr-prefix";
        CIDR_ADDRESS = "cidr-address";
        NOT_A_NODE = "not-a-node";
        FLOW_END_ZONE = "flow-end-zone";
        FLOW_SAME_ENDS = "flow-same-ends";
        FLOW_MACSEC = "flow-macsec";
        ONLY_FROM_TRANSIT = "only-from-transit";
        UNKNOWN_DATASET = "unknown-dataset";
        ROUTE_NOT_PASSABLE = "route-not-passable";
        ROUTE_TWICE = "route-twice";
        TARGET_TOO_LONG = "target-too-long";
        NOT_A_RULE_CODE = "not-a-rule-code";
        TARGET_EMPTY = "target-empty";
        REASON_MISSING = "reason-missing";
        MIGRATE_HAS_VIA = "migrate-has-via";
        MIGRATE_TOO_MANY_FLOWS = "migrate-too-many-flows";
        MIGRATE_TOO_MANY_STEPS = "migrate-too-many-steps";
        NOTE_VERSION_1_JUNCTION = "note-version-1-junction";
        NOTE_JUNCTION = "note-junction";
        NOTE_MACSEC_DROPPED = "note-macsec-dropped";
        EDIT_INVALID_MOVE = "edit-invalid-move";
        EDIT_NO_NODE = "edit-no-node";
        EDIT_NO_FLOW = "edit-no-flow";
        EDIT_NO_ELEMENT = "edit-no-element";
        EDIT_ONLY_ZONES_RESIZE = "edit-only-zones-resize";
        EDIT_ROUTE_NOT_PASSING = "edit-route-not-passing";
        EDIT_BAD_VALUE = "edit-bad-value";
        EDIT_FLOW_TWO_NODES = "edit-flow-two-nodes";
        EDIT_PLACED_INSIDE = "edit-placed-inside";
        EDIT_ROUTE_TWICE = "edit-route-twice";
        EDIT_FLOW_DRAWN = "edit-flow-drawn";
        /// An edit in safe mode.
        EDIT_LOCKED = "edit-locked";
        CLI_CANNOT_CHECK = "cli-cannot-check";
        CLI_CANNOT_UPGRADE = "cli-cannot-upgrade";
        CLI_CANNOT_IMPORT = "cli-cannot-import";
        CLI_CANNOT_EXPORT = "cli-cannot-export";
        SHARE_TOO_BIG = "share-too-big";
        SHARE_DAMAGED = "share-damaged";
        SHARE_INVALID = "share-invalid";
        // The draw.io import: why a cell was not understood, and the
        // choices it made.
        DRAWIO_FINDINGS_LAYER = "drawio-findings-layer";
        DRAWIO_NOT_A_CELL = "drawio-not-a-cell";
        DRAWIO_ZONE_WITHOUT_BOX = "drawio-zone-without-box";
        DRAWIO_FRAME = "drawio-frame";
        DRAWIO_FRAME_GROUP = "drawio-frame-group";
        DRAWIO_FRAME_CLOUD = "drawio-frame-cloud";
        DRAWIO_FRAME_AZ = "drawio-frame-az";
        DRAWIO_FRAME_ACCOUNT = "drawio-frame-account";
        DRAWIO_FRAME_AUTO_SCALING = "drawio-frame-auto-scaling";
        DRAWIO_FRAME_INSTANCES = "drawio-frame-instances";
        DRAWIO_FRAME_SECURITY_GROUP = "drawio-frame-security-group";
        DRAWIO_TEXT = "drawio-text";
        DRAWIO_PART_OF = "drawio-part-of";
        DRAWIO_UNKNOWN_SHAPE = "drawio-unknown-shape";
        DRAWIO_OUTSIDE = "drawio-outside";
        DRAWIO_DRAWN_IN = "drawio-drawn-in";
        DRAWIO_DRAWN_NOWHERE = "drawio-drawn-nowhere";
        DRAWIO_LOOSE_END = "drawio-loose-end";
        DRAWIO_END_IN_ZONE = "drawio-end-in-zone";
        DRAWIO_END_NOT_UNDERSTOOD = "drawio-end-not-understood";
        DRAWIO_SELF_EDGE = "drawio-self-edge";
        DRAWIO_EDGE_LABEL = "drawio-edge-label";
        DRAWIO_FROM_LABEL = "drawio-from-label";
        DRAWIO_LABEL_CUT = "drawio-label-cut";
        DRAWIO_SUBNET_GUESS = "drawio-subnet-guess";
        DRAWIO_FIRST_PAGE = "drawio-first-page";
        CLI_TOO_LARGE = "cli-too-large";
        CLI_NOT_UNDERSTOOD = "cli-not-understood";
    }
}

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
    ENC002_MESSAGE = "enc002-message";
    ENC002_THROUGH = "enc002-through";
    ENC002_IPSEC_FIX = "enc002-ipsec-fix";
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
    NET012_S3 = "net012-s3";
    NET012_VPCS = "net012-vpcs";
    NET013_MESSAGE = "net013-message";
    NET013_NOTHING = "net013-nothing";
    NET013_GROUP = "net013-group";
    NET013_VPC_ADDRESSES = "net013-vpc-addresses";

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

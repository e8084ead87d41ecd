## The app's own words: the top bar, the palette, the inspector, the
## findings panel, the embed and the shortcuts sheet. Codes, ids, AWS
## API names and settings stay as they are.

## Top bar and status line
untitled-design = Untitled design
tools-label = Tools
templates = Templates
designs = Designs
designs-tooltip = The designs kept in this browser
undo = Undo
undo-tooltip = Undo (Ctrl+Z)
redo = Redo
redo-tooltip = Redo (Shift+Ctrl+Z)
zoom-out = Zoom out
zoom-out-tooltip = Zoom out (−)
zoom-in = Zoom in
zoom-in-tooltip = Zoom in (+)
fit = Fit
fit-tooltip = Fit to content (0)
theme-label = Toggle theme
theme-tooltip = Light or dark theme
help = Help
help-tooltip = Keyboard shortcuts (?)
findings-pill = { $count ->
    [0] No findings
    [one] 1 finding
   *[other] { $count } findings
}
findings-pill-paused = Paused
status-line = { $nodes } nodes · { $flows } flows · grid { $grid } · { $zoom }%

## The empty canvas
empty-title = Draw a data pipeline.
empty-text = Drag components from the palette: an on-premises database, a VPN, a Glue job, an S3 bucket. Nest them in zones, connect them, set the requirements, and watch the findings.
open-template = Open a template

## Palette
palette-label = Palette
palette-search = Search components
palette-add = Add { $kind }
palette-no-match = No component matches.
palette-hint = Drag onto the canvas, or focus an item and press Enter.

## Canvas
canvas-label = Diagram canvas
badge-tooltip = { $count ->
    [one] 1 finding — click to show
   *[other] { $count } findings — click to show
}
glue-attached = Runs in the VPC through this Glue connection
drag-to-connect = Drag to connect
drag-to-resize = Drag to resize
flow-aria = Data flow, { $protection }
flow-aria-labelled = Data flow { $label }, { $protection }

## Findings panel
findings = Findings
findings-empty-design = Drag components from the palette, or open a template.
findings-none = No findings. { $run } rules ran, { $skipped } did not apply.
findings-ran = { $run } rules ran, { $skipped } did not apply.
findings-checking = Checking…
findings-paused = Checking is paused (safe mode): the findings are not known yet.
findings-showing = { $active ->
    [one] Showing { $shown } of { $active } finding, on{" "}
   *[other] Showing { $shown } of { $active } findings, on{" "}
}
show-all = Show all
findings-more = Show { $more } more ({ $hidden } not shown yet)
lang-load-failed = The { $lang } texts could not be loaded ({ $reason }), so the app stays in this language. Try again once the app's files can be reached.
doc-loading = Loading…
doc-load-failed = This page could not be loaded in this language ({ $reason }); here it is in English.
suppressed-count = Suppressed ({ $count })
finding-head-tooltip = Show the path on the canvas
finding-path = Path{" "}
finding-why = Why{" "}
finding-fix = Fix{" "}
finding-suppressed = Suppressed{" "}
finding-about = About { $code }
unsuppress = Unsuppress
suppress-start = Suppress…
suppress-reason = Why is this accepted?
suppress-reason-label = Reason
suppress = Suppress
cancel = Cancel
severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
severity-count-critical = { $count } critical
severity-count-high = { $count } high
severity-count-medium = { $count } medium
severity-count-low = { $count } low

## Inspector
inspector-label = Inspector
selected-count = { $nodes } nodes, { $flows } flows selected
delete-selection = Delete selection
design = Design
design-title = Title
design-description = Description
requirements = Requirements
requirements-help = What this design must guarantee. The same drawing can pass under one set and fail under another.
req-stays-on-premises = Sensitive data stays on-premises
req-train-non-sensitive = Models train only on non-sensitive data
req-no-egress = No path from the pipeline's data to the Internet
req-sensitive-region = Sensitive data stays in Region
req-sensitive-region-placeholder = any Region (e.g. ap-northeast-2)
req-cloud-transport = Transport between on-premises and AWS
req-cloud-transport-any = No requirement
req-cloud-transport-encrypted = Encrypted (TLS, IPsec or MACsec)
req-cloud-transport-ipsec = IPsec (layer 3) required
req-in-transit = Encryption in transit inside AWS
req-in-transit-off = No requirement
req-in-transit-sensitive = Hops carrying sensitive data
req-in-transit-all = Every hop carrying data
suppressions = Suppressions
remove = Remove
design-counts = { $nodes } nodes, { $flows } flows.
label = Label
node-in = in { $kind } { $name }
node-top-level = at the top level
connect-to = Connect to…
choose-node = Choose a node
node-option = { $name } ({ $kind })
delete = Delete
prop-help-line = { $help } Default: { $default }.
none = None
dataset-name = Dataset name
dataset-sensitive = sensitive
dataset-sensitive-mark = Sensitive data
dataset-remove = Remove dataset { $name }
datasets-tables = Datasets (tables)
add-dataset = Add dataset
data-flow = Data flow
flow-route = Route:{" "}
flow-open = This flow ends at { $name } for now: drag from its handle to where the data goes next.
flow-from-transit = The source is not drawn: the flow starts at { $name }.
transport-protection = Transport protection
transport-none = None
transport-help-none = The two ends apply no encryption of their own. A Site-to-Site VPN on the route still encrypts the part of the route it carries, with its own IPsec.
transport-help-tls = TLS (layer 7), end to end between the two ends of the flow: connectivity nodes on the route can neither add it nor end it. Does not meet an IPsec requirement.
transport-help-ipsec = IPsec (layer 3) that the two hosts run themselves, end to end. A Site-to-Site VPN's IPsec comes from the VPN on the route, not from here.
transport-help-macsec = MACsec is a Direct Connect link's property (set macsec on the link); a data flow cannot declare it. Choose another.
route-connectivity = Connectivity on the route
route-remove = Remove from route
route-remove-tooltip = The route goes straight past it
route-end = End here
route-end-tooltip = Shorten the route so the flow ends here
carries = Carries
carries-all = Everything at the source
carries-subset = Only the datasets the source selects
carries-nothing = Nothing selected yet: tick the datasets this flow carries. Until then it carries nothing.
carries-no-source = With no source drawn, the flow carries no known data; draw the flow from its source to choose datasets.
delete-flow = Delete flow
findings-here = Findings here ({ $count })

## Embed
open-in-airlock = Open in Airlock

## Keyboard and mouse
shortcuts-title = Keyboard and mouse

## Palette groups
group-zones = Zones
group-connectivity = Connectivity
group-services = Services
group-data-stores = Data stores

## Node kinds: what each is, in one line
kind-summary-on-premises-network = The company's own network; sensitive data is at home here.
kind-summary-aws-region = An AWS Region; endpoints and endpoint services work only within one.
kind-summary-vpc = A virtual network with a CIDR block in one Region.
kind-summary-public-subnet = A subnet routed to an internet gateway.
kind-summary-private-subnet = A subnet with no route from the Internet.
kind-summary-internet = The public Internet: anything that reaches it has left.
kind-summary-site-to-site-vpn = IPsec (layer 3) tunnel between a customer gateway and a virtual private gateway.
kind-summary-direct-connect = Private line to AWS; unencrypted unless MACsec is on or a VPN runs over it.
kind-summary-vpc-peering = 1:1 link between two VPCs; not transitive, no customer-controlled encryption.
kind-summary-transit-gateway = Hub that routes between many VPCs and VPNs; adds no encryption.
kind-summary-nat-gateway = Gives a private subnet a way out to the Internet: an egress path.
kind-summary-internet-gateway = Connects a VPC's public subnets to the Internet.
kind-summary-gateway-endpoint = Route-table entry to S3 or DynamoDB; same Region, only from inside its own VPC.
kind-summary-interface-endpoint = PrivateLink ENI in a subnet; reachable from on-premises and peered VPCs.
kind-summary-endpoint-service = PrivateLink provider, fronted by a Network or Gateway Load Balancer.
kind-summary-glue-job = AWS Glue ETL job; runs in a VPC only through a Glue connection.
kind-summary-glue-connection = Places a Glue job's network interface in a subnet with a security group.
kind-summary-dms-replication = AWS DMS replication; protects endpoints with SSL/TLS only, never IPsec.
kind-summary-sagemaker-training-job = SageMaker training job; network isolation blocks its outbound access.
kind-summary-sagemaker-notebook = SageMaker notebook instance; direct internet access is on unless turned off.
kind-summary-sagemaker-model = SageMaker model or endpoint; network isolation blocks outbound calls.
kind-summary-ec2-instance = EC2 instance, for example PostgreSQL run by the company.
kind-summary-on-premises-server = An application server in the company's data centre: sends or receives data.
kind-summary-on-premises-users = People on the company's network, such as analysts reading results.
kind-summary-s3-bucket = S3 bucket in one Region; a public AWS service outside every VPC.
kind-summary-dynamodb-table = DynamoDB table in one Region; like S3, reached from a VPC through an endpoint.
kind-summary-rds-instance = Amazon RDS database in a VPC's subnets.
kind-summary-on-premises-database = A database in the company's own data centre.

## Node properties: title, help, what an omitted value means
prop-region-title = Region
prop-region-help = The Region code, e.g. `eu-west-1`. A VPC or bucket drawn inside a Region takes that Region's code when this is omitted.
prop-region-default = the enclosing Region
prop-cidr-title = CIDR block
prop-cidr-help = The VPC's IPv4 CIDR block, e.g. `10.0.0.0/16`.
prop-cidr-default = unknown
prop-datasets-title = Datasets
prop-datasets-help = The datasets (tables) this store holds and which are sensitive.
prop-datasets-default = none
prop-network-isolation-title = Network isolation
prop-network-isolation-help = Network isolation: the container can make no outbound network calls.
prop-network-isolation-default = false (AWS default: off)
prop-inter-container-encryption-title = Inter-container traffic encryption
prop-inter-container-encryption-help = Encrypts traffic between training containers in distributed training.
prop-inter-container-encryption-default = false (AWS default: off)
prop-instance-count-title = Instance count
prop-instance-count-help = Number of training instances; more than one makes training distributed.
prop-instance-count-default = 1
prop-direct-internet-access-title = Direct internet access
prop-direct-internet-access-help = The notebook instance can reach the Internet through SageMaker's network.
prop-direct-internet-access-default = true (AWS default: Enabled)
prop-root-access-title = Root access
prop-root-access-help = Users have root access on the notebook instance. Not an egress control.
prop-root-access-default = true (AWS default: Enabled)
prop-presigned-url-allowed-cidrs-title = Presigned-URL allowed IPs
prop-presigned-url-allowed-cidrs-help = IP ranges allowed to open the notebook's presigned URL (an `aws:SourceIp` condition on CreatePresignedNotebookInstanceUrl). Empty: any IP.
prop-presigned-url-allowed-cidrs-default = any IP
prop-encryption-at-rest-title = Encryption at rest (KMS)
prop-encryption-at-rest-help = Encryption at rest (a KMS key, or an IAM policy requiring it). Protects stored data; never credited for egress or in-transit protection.
prop-encryption-at-rest-default = false
prop-publicly-accessible-title = Publicly accessible
prop-publicly-accessible-help = The instance has a public IP address (and, for a database, a public DNS name). AWS's default is false for RDS and true for a DMS replication instance.
prop-publicly-accessible-default = false for RDS; true for DMS (AWS defaults)
prop-force-ssl-title = Force SSL
prop-force-ssl-help = The `rds.force_ssl` parameter: the database refuses connections without SSL/TLS.
prop-force-ssl-default = false
prop-security-group-title = Security group
prop-security-group-help = The security group of the node's network interface, e.g. `sg-glue`.
prop-security-group-default = none
prop-security-group-sources-title = Security group admits
prop-security-group-sources-help = Inbound sources the database's security group admits: security-group ids (`sg-…`) or CIDR blocks (`0.0.0.0/0`).
prop-security-group-sources-default = nothing
prop-jdbc-enforce-ssl-title = JDBC_ENFORCE_SSL
prop-jdbc-enforce-ssl-help = `JDBC_ENFORCE_SSL`: the connection refuses JDBC without SSL.
prop-jdbc-enforce-ssl-default = false (AWS default)
prop-connection-title = Glue connection
prop-connection-help = The Glue connection that attaches this job to a VPC subnet.
prop-connection-default = none: the job's own subnet, if it is drawn in one
prop-load-balancer-title = Load balancer
prop-load-balancer-help = What fronts the endpoint service.
prop-load-balancer-default = nlb
prop-macsec-title = MACsec
prop-macsec-help = MACsec (layer 2) encryption on the dedicated connection.
prop-macsec-default = false
prop-private-nat-title = Private NAT gateway
prop-private-nat-help = A private NAT gateway (connectivity type `private`): it translates addresses towards other networks and never reaches the Internet.
prop-private-nat-default = false (public)
prop-ssl-mode-title = SSL mode
prop-ssl-mode-help = The SSL mode of the DMS endpoints.
prop-ssl-mode-default = none (AWS default)
prop-service-title = Service
prop-service-help = The AWS service the endpoint is for, as in com.amazonaws.<region>.<service>.
prop-service-default = the service its routes lead to
prop-service-region-title = Service Region (cross-Region)
prop-service-region-help = The Region of the service a cross-Region interface endpoint connects to (AWS PrivateLink cross-Region connectivity, for Amazon S3 or an endpoint service that allows the endpoint's Region), e.g. `us-west-2`.
prop-service-region-default = the endpoint's own Region
prop-supported-regions-title = Supported Regions (cross-Region access)
prop-supported-regions-help = Regions the provider allows consumers' endpoints in (cross-Region access to the endpoint service), e.g. `us-west-2`.
prop-supported-regions-default = its own Region only
prop-require-secure-transport-title = Require TLS (aws:SecureTransport)
prop-require-secure-transport-help = A bucket policy denies requests without TLS (`aws:SecureTransport`).
prop-require-secure-transport-default = false

## Templates and dialogs
close = Close
gallery-help = Each design comes from a security-exam scenario and shows the verdict Airlock gives it. Open one as a starting point; undo brings your diagram back.
blank-diagram = Blank diagram
blank-diagram-text = Start from an empty canvas.
passes = Passes
seed-000 = On-premises ETL with IPsec and data localization
seed-001 = SageMaker training: encryption in transit
seed-002 = PrivateLink, endpoints and peering
seed-003 = AWS Glue inside the VPC
seed-004 = SageMaker data-egress controls
seed-more = More

## Keyboard and mouse: each shortcut, its keys and what it does
shortcut-palette-keys = Drag from the palette
shortcut-palette-does = Add a component; drop it inside a zone to nest it
shortcut-palette-enter-keys = Enter on a palette item
shortcut-palette-enter-does = Add it at the centre of the view
shortcut-move-keys = Drag a node (a zone by its tab or body)
shortcut-move-does = Move it; drop into or out of a zone to nest or un-nest
shortcut-connect-keys = Drag a node's right handle
shortcut-connect-does = Connect it to another node (a data flow)
shortcut-band-keys = Drag on empty canvas, or Alt + drag inside a zone
shortcut-band-does = Select with a rubber band (Shift: add)
shortcut-shift-click-keys = Shift + click
shortcut-shift-click-does = Add to or remove from the selection
shortcut-pan-keys = Space + drag, or middle-drag
shortcut-pan-does = Pan
shortcut-wheel-keys = Wheel
shortcut-wheel-does = Zoom around the pointer
shortcut-undo-keys = Ctrl/⌘ + Z
shortcut-undo-does = Undo
shortcut-redo-keys = Shift + Ctrl/⌘ + Z, or Ctrl + Y
shortcut-redo-does = Redo
shortcut-copy-keys = Ctrl/⌘ + C, Ctrl/⌘ + V
shortcut-copy-does = Copy, paste (a design, a draw.io diagram or a share link on the clipboard opens instead)
shortcut-select-all-keys = Ctrl/⌘ + A
shortcut-select-all-does = Select everything
shortcut-delete-keys = Delete or Backspace
shortcut-delete-does = Delete the selection
shortcut-arrows-keys = Arrow keys
shortcut-arrows-does = Move the selection by one grid step
shortcut-zoom-keys = + / − / 0
shortcut-zoom-does = Zoom in, zoom out, fit to content
shortcut-tab-keys = Tab, Enter
shortcut-tab-does = Move between elements; select the focused one
shortcut-escape-keys = Escape
shortcut-escape-does = Clear the selection, close a dialog
shortcut-help-keys = ?
shortcut-help-does = This help
shortcut-find-keys = /
shortcut-find-does = Find a node by name; Enter again for the next
shortcut-menu-keys = Right-click, Shift + F10 or the Menu key
shortcut-menu-does = Open the menu of the node, flow or canvas there: delete, duplicate, connect, show findings, …

## File, share and export menus
open = Open
open-tooltip = Open a design file (.json) or a draw.io diagram (.drawio, .drawio.svg, .drawio.png)
open-input-label = Open a design file
save = Save
save-tooltip = Save the design as a file
share = Share
copy-link = Copy link
copy-embed = Copy embed snippet
export = Export
export-svg = Diagram as SVG
export-png = Diagram as PNG
export-drawio = Diagram as draw.io
export-md = Findings as Markdown
export-json = Findings as JSON
export-sarif = Findings as SARIF
embed-snippet-title = Embed snippet
embed-snippet-note = Paste into a docs page: the diagram shows read-only, fitted to the frame, with its findings checked live. To let that page send documents by postMessage, add &parent=ORIGIN right after ?embed, before the #: after the #, it is part of the design, not of the address.
share-link-title = Share link
share-link-note = The whole design travels inside the link, after the #: it is never sent to a server. Whoever opens it sees the design and its findings.
copy = Copy
copied = Copied
characters = { $count } characters
save-failed = Could not save: { $error }
export-failed = Could not export: { $error }
opened-file = Opened { $name }. Undo brings the previous diagram back.
open-failed = Could not open { $name }; the diagram is unchanged.
import-failed = Could not import { $name }; the diagram is unchanged.

# The Open menu: a file, pasted text, the last draw.io import.
open-file-item = File…
open-text-item = Paste text…
open-text-title = Open pasted text
open-text-help = Paste a design (its JSON), a draw.io diagram (the XML that draw.io's Extras → Edit Diagram shows, or shapes copied in draw.io) or a share link. Pasting onto the canvas (Ctrl/⌘ + V) opens the same.
open-text-label = Text to open
open-text-empty = Paste a design, a draw.io diagram or a share link first.
pasted-name = the pasted text
reopen-import = draw.io import of { $name }…
find-label = Find a node by name
find-placeholder = Find a node (/)
find-none = No node is named like “{ $query }”

# The "Imported from draw.io" dialog.
imported-title = Imported from draw.io
imported-page = Page
imported-kind = Kind
imported-not-mapped = — not mapped —
imported-edges = Edges and other cells
imported-mapped = Mapped by hand
imported-notes = Choices the import made
imported-cell = Cell
imported-label = Label
imported-why = Why
imported-apply = Apply
imported-all = Every shape and edge was understood.
imported-unknown = a shape Airlock does not know: choose its kind above
imported-how = Choose a kind for a shape Airlock does not know: the choice applies to every shape with that style in the file.
imported-reimport = Apply imports the file again with these choices: edits made to the design since it was imported are replaced (Undo brings them back).
imported-summary = { $name }, page `{ $page }`: { $nodes ->
        [one] 1 node
       *[other] { $nodes } nodes
    } and { $flows ->
        [one] 1 flow
       *[other] { $flows } flows
    }.
imported-not-understood = Not understood on page `{ $page }`: { $count ->
        [one] 1 shape or edge
       *[other] { $count } shapes and edges
    }
imported-cells = { $count ->
        [one] 1 cell
       *[other] { $count } cells
    }
imported-map-label = Kind for the shapes `{ $key }`
imported-failed = Could not import the file again; the design is unchanged.

## Designs kept in this browser, and banners
dismiss = Dismiss
designs-help = Every design you drew or opened in this browser, kept as you go. Links, files and templates open as designs of their own and change no other.
designs-none = No design is kept in this browser yet: the one you draw is saved here as you go.
designs-unavailable = No designs can be kept here: { $error }.
time-unknown = time unknown
design-meta = { $nodes ->
    [one] 1 node
   *[other] { $nodes } nodes
} · { $size } · { $when }
open-here = open here
rename = Rename
new-title = New title
save-as-file = Save as a file
open-in-this-tab = Open in this tab
delete-from-browser = Delete from this browser
delete-for-good = Delete for good
design-opened = Opened “{ $title }”. Undo brings back the design you had.
design-open-failed = “{ $title }” could not be opened: { $error }
design-open-failed-after = It stays in Designs; Save it as a file from there to repair it.
design-save-failed = “{ $title }” could not be saved as a file: { $error }
rename-failed = Could not rename the design: { $error }

## What the app tells about keeping designs
quoted-title = “{ $title }”
this-design = this design
autosave-off = Autosave is off: { $error }. Your work stays in this tab: delete designs you no longer need (Designs), or use Save to keep a file.
database-refused = The browser's database did not keep your latest changes to { $design } ({ $error }). They stay in this tab until it closes, and Designs keeps the version saved before them: use Save to keep a file.
other-tab-deleted = Another tab deleted { $design } from Designs; it is open here, so it is kept.
other-tab-both = Another tab changed { $design } too. This tab's version is kept as a separate design; both are in Designs.
other-tab-changed = Another tab changed { $design }; this tab shows that version now. Undo brings back the one you had.
framed-note = Airlock is open inside another page: autosave is off here, so that page cannot change the design you keep in Airlock. Use Save to keep a file.
shared-opened = Opened the shared design. Undo brings back the one you had, which also stays in Designs.
share-link-failed = The share link could not be opened: { $error }
restore-failed = The design saved last could not be restored: { $error }
restore-failed-after = It stays in Designs, unchanged (Save it as a file from there); this tab starts a new design.

## Safe mode
safe-mode = Safe mode — checking paused
safe-mode-unfinished = Airlock did not finish checking this design last time (the tab closed or stopped responding), so it is open read-only and has not been checked.
safe-mode-slow = Checking this design took { $seconds } seconds or more last time, so it is open read-only and has not been checked.
safe-mode-asked = This design is open read-only and has not been checked.
safe-mode-after = Save it as a file, check it anyway, or open another design from Designs.
safe-mode-check = Check anyway
safe-mode-check-tooltip = Leave safe mode: check the design and edit it again
designs-safe-mode = Safe mode
designs-safe-mode-help = Safe mode shows the design open in this tab read-only, without checking it: for a design that is slow to check.

## The canvas's flow chips and their tooltip
chip-plain = plain
chip-tls-enforced = TLS (enforced)
chip-nothing = { $base } · nothing
chip-subset = { $base } · subset
tls-enforced-by = TLS end to end: { $node } refuses connections without it

## The canvas's context menu
menu-label = Actions
menu-delete = Delete
menu-duplicate = Duplicate
menu-connect = Connect
menu-show-findings = Show findings
menu-about-kind = About this kind
menu-about-title = About: { $kind }
menu-edit-flow = Edit route and TLS
menu-paste = Paste
menu-select-all = Select all
menu-fit = Fit to view

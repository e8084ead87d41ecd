## Why a document does not load, why the editor refused an edit, and what
## a format upgrade wants the user to know. Paths (`nodes[3].parent`), ids,
## property keys and serde's own detail text stay as they are.

## One problem, where it is
problem = { $path }: { $message }
problem-of = { $path } ({ $id }): { $message }
# serde's description of what did not fit, in English as serde wrote it.
load-detail = { $detail }
load-detail-at = { $message } (line { $line }, column { $column })

## Load errors
load-too-large = the document is { $size } bytes, over the size limit of { $limit } bytes
load-syntax = not valid JSON at line { $line }, column { $column }: { $detail }
load-missing-version = not an Airlock document: the top level needs "airlock": { $version }
load-newer-version = airlock: this document is format version { $found }, newer than this Airlock reads (up to { $supported }); open it with a newer Airlock
load-unknown-version = airlock: unknown format version { $found }; versions start at 1
load-migration = migrating from format version { $from }: { $message }
load-invalid = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}: { $problems }
load-version-not-number = the format version must be a whole number, found { $found }
load-not-an-object = expected a JSON object
load-design-too-large = the design would be { $size } MiB, over the limit of { $limit } MiB a file may have

## Validation: limits
too-many-nodes = { $count } nodes exceed the limit of { $limit } nodes
too-many-flows = { $count } flows exceed the limit of { $limit } flows
too-many-suppressions = { $count } suppressions exceed the limit of { $limit } suppressions
too-many-entries = { $count } entries exceed the limit of { $limit } entries per list
too-many-datasets = { $count } datasets exceed the limit of { $limit } datasets per store
too-many-selected = { $count } names exceed the limit of { $limit } datasets per selection
too-many-route-nodes = { $count } connectivity nodes exceed the limit of { $limit } per route
text-too-long = the { $what } is longer than the limit of { $limit } characters
field-title = title
field-schema = $schema address
field-description = description
field-label = label
field-reason = reason

## Validation: ids
id-empty = the id is empty
id-too-long = the id is longer than the limit of { $limit } characters
id-chars = the id may hold only letters, digits, `-`, `_`, `.` and `:`
id-duplicate = duplicate id

## Validation: nodes
coordinate-range = { $field } must be a finite number within ±10,000,000
size-range = { $field } must be a finite number within ±10,000,000 and above 0
must-sit = { $kind } must sit { $places }
cannot-sit = { $kind } cannot sit in { $parent }; it belongs { $places }
place-top = at the top level
place-in = in { $kind }
places-or = { $first } or { $second }
parent-not-node = the parent { $parent } is not a node
parent-not-zone = the parent { $parent } is a { $kind }, which is not a zone
prop-not-applicable = { $key } does not apply to a { $kind }; it applies to: { $kinds }
not-a-region = { $region } is not a Region code such as { $example }
dataset-unnamed = a dataset needs a name
dataset-name-too-long = the dataset name is longer than the limit of { $limit } characters
dataset-twice = the dataset { $name } is listed twice
not-sg-or-cidr = { $entry } is neither a security-group id (`sg-…`) nor a CIDR block
not-sg = { $sg } is not a security-group id
connection-not-glue = { $connection } is a { $kind }, not a glue-connection
connection-not-node = the connection { $connection } is not a node
instance-count = the instance count must be between 1 and 10,000
vpc-region = the VPC says Region { $own } but is drawn in Region { $outer }
containment-cycle = containment cycle: { $id } ends up inside itself
nested-too-deep = nested deeper than the limit of { $limit } zones (or in a containment cycle)
cidr-not-a-block = { $cidr } is not a CIDR block (expected a.b.c.d/n)
cidr-prefix = { $cidr } has a prefix length outside 0..=32
cidr-address = { $cidr } has an invalid address

## Validation: flows and suppressions
not-a-node = { $id } is not a node
flow-end-zone = a flow cannot start or end at a { $kind }; connect the nodes inside it
flow-same-ends = a flow cannot start and end at the same node
flow-macsec = MACsec protects a Direct Connect link, not a data flow: set `macsec` on the Direct Connect node
only-from-transit = a { $kind } passes on what it receives and cannot select datasets; select them on the hop out of the source
unknown-dataset = no data store holds a dataset named { $name }
route-not-passable = a route passes only connectivity nodes and the Internet, not a { $kind }; end the flow there and start another
route-twice = the route passes { $node } twice (or it is also an end of the flow)
target-too-long = the target is longer than the limit of { $limit } characters (a target is an id, or two joined by `->`)
not-a-rule-code = { $rule } is not a rule code such as `EGR001`
target-empty = the target is empty
reason-missing = a suppression needs a written reason

## Format upgrades
migrate-has-via = a version-1 flow has no `via`; is this document version 2?
migrate-too-many-flows = its hops through connectivity nodes pair into { $count } data flows, over the limit of { $limit }; open it in an older Airlock and draw each pipeline's route once
migrate-too-many-steps = its hops through connectivity nodes pair into more routes than Airlock can follow (over { $steps } steps); draw each pipeline's route once
note-version-1-junction = Version 1 joined every arrow into { $name } to every arrow out of it ({ $ins } in, { $outs } out); each pair is now a data flow of its own. Delete the flows that do not happen.
note-junction = Ambiguous junction at { $name } ({ $id }): { $ins } arrows in, { $outs } out, and the diagram does not say which go together; each pair is now a data flow of its own. Delete the flows that do not happen.
note-macsec-dropped = Hop { $hop } declared MACsec; a data flow cannot, so it was dropped. Set `macsec` on the Direct Connect link instead.

## The editor: why an edit was refused
edit-invalid-move = invalid move
edit-no-node = no node { $id }
edit-no-flow = no flow { $id }
edit-no-element = no element { $id }
edit-only-zones-resize = only zones can be resized
edit-route-not-passing = the route does not pass { $node }
edit-bad-value = { $key } cannot take that value
edit-flow-two-nodes = a flow needs two different nodes
edit-placed-inside = { $kind } can only be placed inside: { $places }
edit-route-twice = the route would pass { $name } twice; a data flow visits each node once
edit-flow-drawn = this data flow is already drawn (same source, route and sink)
edit-locked = safe mode: the design is read-only (Check anyway to edit it)

## The command line
cli-too-large = the document is larger than the limit of { $limit } bytes
cli-not-understood = { $count } cells not understood; map shapes with --map KEY=KIND
cli-cannot-check = cannot check { $path }
cli-cannot-upgrade = cannot upgrade { $path }
cli-cannot-import = cannot import { $path }
cli-cannot-export = cannot export { $path }

## The app: a design brought up to date as it opened
migrated = { $what } was written in an older format and has been updated:
the-design = The design
the-shared-design = The shared design
the-template = The template
not-utf8 = the file is not UTF-8 text

## Share links
share-too-big = this design is too big for a link ({ $size } characters, the limit is { $limit }); save it as a file and share the file instead
share-damaged = the link is damaged: { $detail }
share-invalid = the link's design does not load: { $error }

## The draw.io import: why a cell was not understood, and the choices it
## made. Cell ids, style keys and labels stay as they are.
drawio-findings-layer = on the { $layer } layer (the export writes it)
drawio-not-a-cell = neither a shape nor an edge
drawio-zone-without-box = { $kind } without a position and size
drawio-frame = { $what }: Airlock has no zone for it; what it holds is placed in the zone around it
drawio-frame-group = a draw.io group
drawio-frame-cloud = an AWS Cloud group
drawio-frame-az = an Availability Zone group
drawio-frame-account = an AWS account group
drawio-frame-auto-scaling = an Auto Scaling group
drawio-frame-instances = a group of instances
drawio-frame-security-group = a security group
drawio-text = text, not a component
drawio-part-of = part of { $cell }, which was not understood
drawio-unknown-shape = unknown shape { $key }; map it to a kind (--map { $map })
drawio-outside = { $kind } must sit { $places }; it is { $drawn }
drawio-drawn-in = drawn in { $zone } { $label }
drawio-drawn-nowhere = drawn in no zone
drawio-loose-end = an edge with no { $which ->
        [source] source
       *[target] target
    } (its end is loose)
drawio-end-in-zone = its { $which ->
        [source] source
       *[target] target
    } is { $kind } ({ $cell }), where no data flow starts or ends; connect a component inside it
drawio-end-not-understood = its { $which ->
        [source] source
       *[target] target
    } { $cell } was not understood
drawio-self-edge = an edge from a shape to itself
drawio-edge-label = the label of edge { $cell }, which was not understood
drawio-from-label = The { $kind } { $label } has { $value } in its label; it was taken as its { $key }.
drawio-label-cut = The label of cell { $cell } is longer than { $limit } characters; it was cut.
drawio-subnet-guess = The subnet { $label } says neither public nor private (by label or colour); it was taken as private.
drawio-first-page = The file has { $count } pages ({ $pages }); imported the first, { $first }. Choose another with --page.

//! draw.io import and export: a corpus of real public diagrams (see
//! tests/fixtures/drawio/SOURCES.md), small drawn cases, hostile inputs,
//! and the round trip Airlock → draw.io → Airlock for every shipped
//! example.
//!
//! Each corpus file's whole import (kinds, nesting, flows, every cell not
//! understood with its reason, the notes) is compared with
//! `tests/fixtures/drawio/expected/<file>.txt`; the counts are also
//! asserted here. After a deliberate change, rewrite the expected files
//! with `AIRLOCK_BLESS=1 cargo test --test drawio` and review the diff.

#![cfg(not(target_arch = "wasm32"))]

mod fuzzing;
#[path = "common/png.rs"]
mod png_file;

use airlock::check;
use airlock::drawio::{self, Import, Options, PageChoice};
use airlock::model::{self, Document, Kind};
use base64::Engine as _;
use png_file::png_with;
use std::collections::BTreeMap;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/drawio/{name}")).expect("the fixture reads")
}

fn import(bytes: &[u8]) -> Import {
    drawio::import(bytes, &Options::default()).unwrap_or_else(|e| panic!("imports: {e}"))
}

fn import_err(bytes: &[u8]) -> String {
    match drawio::import(bytes, &Options::default()) {
        Ok(_) => panic!("imported, but should not"),
        Err(e) => e.to_string(),
    }
}

/// `kind: count`, sorted by kind.
fn counts(doc: &Document) -> Vec<String> {
    let mut c: BTreeMap<Kind, usize> = BTreeMap::new();
    for n in &doc.nodes {
        *c.entry(n.kind).or_default() += 1;
    }
    c.into_iter().map(|(k, n)| format!("{k}: {n}")).collect()
}

/// `child < parent` for every node in a zone, in the file's order.
fn nesting(doc: &Document) -> Vec<String> {
    doc.nodes
        .iter()
        .filter_map(|n| Some(format!("{} < {}", n.id, n.parent.as_ref()?)))
        .collect()
}

/// `id: from>via…>to` per flow.
fn flows(doc: &Document) -> Vec<String> {
    doc.flows
        .iter()
        .map(|f| format!("{}: {}", f.id, f.route().collect::<Vec<_>>().join(">")))
        .collect()
}

fn skipped(i: &Import) -> Vec<String> {
    i.skipped.iter().map(|s| s.id.clone()).collect()
}

/// Everything an import gave, one fact a line.
fn summary(i: &Import) -> String {
    let mut out = format!("page {} of {:?}\n", i.page, i.pages);
    for line in counts(&i.doc) {
        out.push_str(&format!("count {line}\n"));
    }
    for n in &i.doc.nodes {
        out.push_str(&format!(
            "node {} {} {:?} parent={} at {},{} size {:?}x{:?}\n",
            n.id,
            n.kind,
            n.label,
            n.parent.as_deref().unwrap_or("-"),
            n.x,
            n.y,
            n.w,
            n.h
        ));
        if n.props != Default::default() {
            out.push_str(&format!(
                "props {} {}\n",
                n.id,
                serde_json::to_string(&n.props).unwrap()
            ));
        }
    }
    for f in flows(&i.doc) {
        out.push_str(&format!("flow {f}\n"));
    }
    for s in &i.skipped {
        out.push_str(&format!(
            "skipped {} [{}] {:?}: {}\n",
            s.id, s.key, s.label, s.why
        ));
    }
    for n in &i.notes {
        out.push_str(&format!("note {n}\n"));
    }
    out
}

/// The corpus file's import, compared with its expected summary.
fn corpus(name: &str) -> Import {
    let i = import(&fixture(name));
    let got = summary(&i);
    let path = format!("tests/fixtures/drawio/expected/{name}.txt");
    if std::env::var_os("AIRLOCK_BLESS").is_some() {
        std::fs::write(&path, &got).expect("the expected file writes");
    }
    let want = std::fs::read_to_string(&path).expect("the expected file reads");
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .filter(|l| !got.lines().any(|g| g == *l))
            .map(|l| format!("- {l}"))
            .chain(
                got.lines()
                    .filter(|l| !want.lines().any(|w| w == *l))
                    .map(|l| format!("+ {l}")),
            )
            .collect();
        panic!("{name}: the import changed:\n{}", diff.join("\n"));
    }
    // The imported design checks.
    let _ = check::run(&i.doc);
    i
}

#[test]
fn corpus_asea_central_vpc_and_subnets_by_geometry() {
    let i = corpus("asea-central.drawio");
    assert_eq!(counts(&i.doc), ["vpc: 1", "private-subnet: 12"]);
    // Every subnet is drawn inside the VPC box, with no draw.io parent link.
    assert_eq!(nesting(&i.doc).len(), 12);
    assert!(
        nesting(&i.doc)
            .iter()
            .all(|l| l.ends_with("< 7KN-1kJQvvDicc3OeLc1-6"))
    );
    assert!(i.doc.flows.is_empty());
    assert_eq!(
        skipped(&i),
        [
            "7KN-1kJQvvDicc3OeLc1-7",
            "7KN-1kJQvvDicc3OeLc1-8",
            "7KN-1kJQvvDicc3OeLc1-9",
            "7KN-1kJQvvDicc3OeLc1-10",
            "7KN-1kJQvvDicc3OeLc1-12",
            "7KN-1kJQvvDicc3OeLc1-19",
            "7KN-1kJQvvDicc3OeLc1-20",
            "n4SQebf2Bcnx6M-BHICA-1",
        ]
    );
    let vpc = i.doc.node("7KN-1kJQvvDicc3OeLc1-6").unwrap();
    assert!(
        vpc.label.starts_with("Central VPC 10.1.0.0/16"),
        "{}",
        vpc.label
    );
    assert_eq!(
        (vpc.x, vpc.y, vpc.w, vpc.h),
        (870.0, 200.0, Some(459.64), Some(400.0))
    );
    // The first CIDR block in the label is the VPC's.
    assert_eq!(vpc.props.cidr.as_deref(), Some("10.1.0.0/16"));
}

#[test]
fn corpus_asea_workload_drawio_and_png_give_the_same_design() {
    let i = corpus("asea-workload.drawio");
    assert_eq!(counts(&i.doc), ["vpc: 1", "private-subnet: 10"]);
    assert_eq!(nesting(&i.doc).len(), 10);
    assert!(i.doc.flows.is_empty());
    assert_eq!(i.skipped.len(), 32);
    let png = corpus("asea-workload.drawio.png");
    assert_eq!(png.doc, i.doc);
    assert_eq!(skipped(&png), skipped(&i));
}

#[test]
fn corpus_asea_perimeter_routes_the_firewalls_through_direct_connect() {
    let i = corpus("asea-perimeter.drawio");
    assert_eq!(
        counts(&i.doc),
        [
            "on-premises-network: 1",
            "vpc: 1",
            "public-subnet: 2",
            "private-subnet: 8",
            "internet: 1",
            "site-to-site-vpn: 1",
            "direct-connect: 1",
            "interface-endpoint: 2",
            "ec2-instance: 3",
        ]
    );
    // The two firewall instances ("EC2 instance contents" groups) each
    // draw an IPsec edge to Direct Connect, which has one edge on to the
    // VGW: two routed flows, joined without doubt (a fan-in).
    assert_eq!(
        flows(&i.doc),
        [
            "n--Wq_EnB1C4vueyRFef-574-n--Wq_EnB1C4vueyRFef-604: n--Wq_EnB1C4vueyRFef-574>n--Wq_EnB1C4vueyRFef-605>n--Wq_EnB1C4vueyRFef-604",
            "n--Wq_EnB1C4vueyRFef-582-n--Wq_EnB1C4vueyRFef-604: n--Wq_EnB1C4vueyRFef-582>n--Wq_EnB1C4vueyRFef-605>n--Wq_EnB1C4vueyRFef-604",
        ]
    );
    assert!(!i.notes.iter().any(|n| n.to_string().contains("Ambiguous")));
    assert_eq!(i.skipped.len(), 60);
    // The firewalls sit in the VPC (their boxes span two subnets).
    for fw in ["n--Wq_EnB1C4vueyRFef-574", "n--Wq_EnB1C4vueyRFef-582"] {
        let parent = i.doc.node(fw).unwrap().parent.as_deref();
        assert_eq!(parent, Some("n--Wq_EnB1C4vueyRFef-564"));
    }
}

#[test]
fn corpus_asea_network_architecture() {
    let i = corpus("asea-network-architecture.drawio");
    assert_eq!(
        counts(&i.doc),
        [
            "on-premises-network: 2",
            "vpc: 7",
            "public-subnet: 2",
            "private-subnet: 52",
            "internet: 1",
            "site-to-site-vpn: 3",
            "direct-connect: 2",
            "transit-gateway: 1",
            "interface-endpoint: 8",
            "ec2-instance: 3",
        ]
    );
    assert!(i.doc.flows.is_empty());
    assert_eq!(i.skipped.len(), 219);
}

#[test]
fn corpus_bastion_tunnel_svg() {
    let i = corpus("bastion-tunnel-architecture.drawio.svg");
    assert_eq!(i.page, "ページ1");
    assert_eq!(
        counts(&i.doc),
        ["vpc: 1", "private-subnet: 2", "rds-instance: 2"]
    );
    assert_eq!(nesting(&i.doc), ["8 < 10", "9 < 10", "6 < 9", "7 < 9"]);
    assert!(i.doc.flows.is_empty());
    assert_eq!(
        skipped(&i),
        [
            "28", "30", "11", "2", "14", "4", "5", "16", "19", "22", "23", "24", "3", "26"
        ]
    );
    // The shapes the app offers a kind for: the unknown ones, not edges.
    let unknown: Vec<&str> = i
        .skipped
        .iter()
        .filter(|s| s.is_unknown_shape())
        .map(|s| s.key.as_str())
        .collect();
    assert_eq!(
        unknown,
        [
            "umlActor",
            "mxgraph.aws4.fargate",
            "mxgraph.aws4.ecr",
            "mxgraph.aws4.parameter_store",
            "rect",
            "mxgraph.aws4.systems_manager"
        ]
    );
}

// Small drawn cases.

const CELL_STYLE: &str = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.";
const GROUP_STYLE: &str = "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.";

/// A vertex: id, label, style, parent, then its box `[x, y, w, h]`.
fn vertex(id: &str, label: &str, style: &str, parent: &str, [x, y, w, h]: [i32; 4]) -> String {
    format!(
        r#"<mxCell id="{id}" value="{label}" style="{style}" vertex="1" parent="{parent}"><mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>"#
    )
}

/// An AWS resource icon (`resIcon=mxgraph.aws4.NAME`).
fn icon(id: &str, label: &str, name: &str, parent: &str, at: [i32; 4]) -> String {
    vertex(id, label, &format!("{CELL_STYLE}{name};"), parent, at)
}

/// An AWS group (`grIcon=mxgraph.aws4.NAME`).
fn group(id: &str, label: &str, name: &str, parent: &str, at: [i32; 4]) -> String {
    vertex(id, label, &format!("{GROUP_STYLE}{name};"), parent, at)
}

fn edge(id: &str, source: &str, target: &str) -> String {
    format!(
        r#"<mxCell id="{id}" style="endArrow=classic;html=1;" edge="1" parent="1" source="{source}" target="{target}"><mxGeometry relative="1" as="geometry"/></mxCell>"#
    )
}

fn model(cells: &[String]) -> String {
    format!(
        r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{}</root></mxGraphModel>"#,
        cells.concat()
    )
}

fn file(pages: &[(&str, String)]) -> String {
    let pages: String = pages
        .iter()
        .map(|(name, m)| format!(r#"<diagram name="{name}">{m}</diagram>"#))
        .collect();
    format!("<mxfile>{pages}</mxfile>")
}

fn compress(text: &str) -> String {
    let uri =
        percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string();
    let deflated = miniz_oxide::deflate::compress_to_vec(uri.as_bytes(), 6);
    base64::engine::general_purpose::STANDARD.encode(deflated)
}

/// On-premises database → VPN → Glue (in a private subnet, drawn as a
/// child of the subnet) → gateway endpoint → S3 (in the Region).
fn pipeline() -> Vec<String> {
    vec![
        group(
            "onprem",
            "Data centre",
            "group_corporate_data_center",
            "1",
            [0, 0, 200, 200],
        ),
        vertex(
            "db",
            "Orders DB",
            "shape=cylinder3;",
            "onprem",
            [40, 60, 60, 80],
        ),
        icon("vpn", "VPN", "site_to_site_vpn", "1", [260, 80, 40, 40]),
        group(
            "region",
            "eu-west-1",
            "group_region",
            "1",
            [340, 0, 700, 400],
        ),
        group("vpc", "VPC", "group_vpc2", "region", [20, 20, 400, 300]),
        vertex(
            "sub",
            "Private subnet",
            &format!("{GROUP_STYLE}group_security_group;grStroke=0;strokeColor=#00A4A6;"),
            "vpc",
            [20, 40, 200, 200],
        ),
        vertex(
            "glue",
            "&lt;b&gt;ETL&lt;/b&gt;",
            &format!("html=1;{CELL_STYLE}glue;"),
            "sub",
            [40, 60, 40, 40],
        ),
        vertex(
            "gwe",
            "S3 gateway endpoint",
            "shape=mxgraph.aws4.endpoints;",
            "vpc",
            [300, 100, 40, 40],
        ),
        icon("s3", "Lake", "s3", "region", [560, 100, 40, 40]),
        edge("e1", "db", "vpn"),
        edge("e2", "vpn", "glue"),
        edge("e3", "glue", "gwe"),
        edge("e4", "gwe", "s3"),
    ]
}

fn map(pairs: &[(&str, Kind)]) -> Options {
    Options {
        map: pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        ..Options::default()
    }
}

#[test]
fn edges_through_connectivity_become_routed_flows_and_a_mapping_adds_the_unknown_shape() {
    let text = file(&[("Pipeline", model(&pipeline()))]);
    // Without a mapping the database is not understood, and so is its edge.
    let i = import(text.as_bytes());
    assert_eq!(skipped(&i), ["db", "e1"]);
    // The Region's code is read from its label.
    assert_eq!(
        i.doc.node("region").unwrap().props.region.as_deref(),
        Some("eu-west-1")
    );
    assert_eq!(i.skipped[0].key, "cylinder3");
    assert_eq!(flows(&i.doc), ["e2: vpn>glue", "glue-s3: glue>gwe>s3"]);
    // Mapped by hand, the whole pipeline is one routed flow per job.
    let opts = map(&[("cylinder3", Kind::OnPremisesDatabase)]);
    let i = drawio::import(text.as_bytes(), &opts).unwrap();
    assert!(i.skipped.is_empty(), "{:?}", i.skipped);
    assert_eq!(
        counts(&i.doc),
        [
            "on-premises-network: 1",
            "aws-region: 1",
            "vpc: 1",
            "private-subnet: 1",
            "site-to-site-vpn: 1",
            "gateway-endpoint: 1",
            "glue-job: 1",
            "s3-bucket: 1",
            "on-premises-database: 1",
        ]
    );
    assert_eq!(
        nesting(&i.doc),
        [
            "db < onprem",
            "vpc < region",
            "sub < vpc",
            "glue < sub",
            "gwe < vpc",
            "s3 < region"
        ]
    );
    assert_eq!(
        flows(&i.doc),
        ["db-glue: db>vpn>glue", "glue-s3: glue>gwe>s3"]
    );
    let glue = i.doc.node("glue").unwrap();
    assert_eq!(glue.label, "ETL");
    // Absolute: region 340 + VPC 20 + subnet 20 + 40.
    assert_eq!((glue.x, glue.y), (420.0, 120.0));
    // A cell id maps too, and wins over the style key.
    let opts = map(&[
        ("cylinder3", Kind::OnPremisesDatabase),
        ("db", Kind::Ec2Instance),
    ]);
    let i = drawio::import(text.as_bytes(), &opts).unwrap();
    assert_eq!(skipped(&i), ["db", "e1"]);
    assert!(
        i.skipped[0]
            .why
            .to_string()
            .contains("ec2-instance must sit"),
        "{}",
        i.skipped[0].why
    );
}

#[test]
fn an_ambiguous_junction_pairs_every_way_and_says_so() {
    let cells = vec![
        icon("a", "A", "ec2", "vpc", [20, 20, 40, 40]),
        icon("b", "B", "ec2", "vpc", [20, 120, 40, 40]),
        group("vpc", "VPC", "group_vpc", "1", [0, 0, 300, 300]),
        icon("tgw", "TGW", "transit_gateway", "1", [400, 100, 40, 40]),
        group("vpc2", "VPC 2", "group_vpc", "1", [500, 0, 300, 300]),
        icon("x", "X", "ec2", "vpc2", [20, 20, 40, 40]),
        icon("y", "Y", "ec2", "vpc2", [20, 120, 40, 40]),
        edge("a-t", "a", "tgw"),
        edge("b-t", "b", "tgw"),
        edge("t-x", "tgw", "x"),
        edge("t-y", "tgw", "y"),
    ];
    let i = import(file(&[("P", model(&cells))]).as_bytes());
    assert_eq!(
        flows(&i.doc),
        [
            "a-x: a>tgw>x",
            "a-y: a>tgw>y",
            "b-x: b>tgw>x",
            "b-y: b>tgw>y"
        ]
    );
    let ambiguous: Vec<String> = i
        .notes
        .iter()
        .map(ToString::to_string)
        .filter(|n| n.contains("Ambiguous"))
        .collect();
    assert_eq!(ambiguous.len(), 1, "{:?}", i.notes);
    assert!(
        ambiguous[0].contains("`TGW` (`tgw`): 2 arrows in, 2 out"),
        "{}",
        ambiguous[0]
    );
}

#[test]
fn pages_are_chosen_by_name_or_number_and_the_first_is_said() {
    let one = model(&[icon("s3", "", "s3", "1", [0, 0, 40, 40])]);
    let two = model(&[vertex(
        "net",
        "",
        "shape=mxgraph.aws4.internet;",
        "1",
        [0, 0, 40, 40],
    )]);
    let text = file(&[("One", one), ("Two", compress(&two))]);
    let i = import(text.as_bytes());
    assert_eq!((i.page.as_str(), i.pages.len()), ("One", 2));
    assert!(
        i.notes[0].to_string().contains("imported the first, `One`"),
        "{:?}",
        i.notes
    );
    for choice in [PageChoice::Named("Two".into()), PageChoice::Number(2)] {
        let opts = Options {
            page: choice,
            ..Options::default()
        };
        let i = drawio::import(text.as_bytes(), &opts).unwrap();
        assert_eq!(counts(&i.doc), ["internet: 1"]);
        assert!(i.notes.is_empty());
    }
    let opts = Options {
        page: PageChoice::Named("Three".into()),
        ..Options::default()
    };
    let e = drawio::import(text.as_bytes(), &opts).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no page `Three` in the file; its pages are 1 `One`, 2 `Two`"
    );
}

// Hostile inputs: each a clear error, naming what and where.

#[test]
fn a_compression_bomb_is_refused_at_the_limit() {
    let huge = "<".repeat(model::LIMITS.max_bytes + 1);
    let deflated = miniz_oxide::deflate::compress_to_vec(huge.as_bytes(), 9);
    let data = base64::engine::general_purpose::STANDARD.encode(deflated);
    assert!(data.len() < 100_000, "a bomb: {} bytes in", data.len());
    let e =
        import_err(format!(r#"<mxfile><diagram name="Bomb">{data}</diagram></mxfile>"#).as_bytes());
    assert_eq!(
        e,
        format!(
            "page `Bomb`, decompressed, is {} bytes, over the limit of {} bytes",
            model::LIMITS.max_bytes + 1,
            model::LIMITS.max_bytes
        )
    );
}

#[test]
fn broken_base64_and_broken_deflate_are_named() {
    let e = import_err(br#"<mxfile><diagram name="P">!!not base64!!</diagram></mxfile>"#);
    assert!(
        e.starts_with("page `P` does not decompress: not base64"),
        "{e}"
    );
    let e = import_err(br#"<mxfile><diagram name="P">AAAA</diagram></mxfile>"#);
    assert!(
        e.starts_with("page `P` does not decompress: not raw deflate data"),
        "{e}"
    );
}

#[test]
fn deep_nesting_is_refused() {
    let mut cells = Vec::new();
    let mut parent = "1".to_string();
    for d in 0..100 {
        let id = format!("g{d}");
        cells.push(vertex(&id, "", "group;", &parent, [1, 1, 10, 10]));
        parent = id;
    }
    let e = import_err(file(&[("Deep", model(&cells))]).as_bytes());
    assert_eq!(
        e,
        "page `Deep`, cell `g63`: nested deeper than the limit of 64 cells"
    );
}

#[test]
fn cyclic_parents_are_refused() {
    let cells = vec![
        vertex("a", "", "group;", "b", [0, 0, 10, 10]),
        vertex("b", "", "group;", "a", [0, 0, 10, 10]),
    ];
    let e = import_err(file(&[("Cycle", model(&cells))]).as_bytes());
    assert_eq!(
        e,
        "page `Cycle`, cell `a`: its parents form a cycle: it ends up inside itself"
    );
}

#[test]
fn an_edge_to_a_missing_cell_and_a_missing_parent_are_refused() {
    let cells = vec![
        icon("s3", "", "s3", "1", [0, 0, 40, 40]),
        edge("e", "s3", "ghost"),
    ];
    let e = import_err(file(&[("P", model(&cells))]).as_bytes());
    assert_eq!(
        e,
        "page `P`, cell `e`: the edge's target `ghost` is not a cell on the page"
    );
    let cells = vec![icon("s3", "", "s3", "nowhere", [0, 0, 40, 40])];
    let e = import_err(file(&[("P", model(&cells))]).as_bytes());
    assert_eq!(
        e,
        "page `P`, cell `s3`: its parent `nowhere` is not a cell on the page"
    );
}

#[test]
fn too_many_cells_are_refused() {
    let n = drawio::convert::MAX_CELLS + 1;
    let cells: Vec<String> = (0..n)
        .map(|k| format!(r#"<mxCell id="c{k}" parent="1"/>"#))
        .collect();
    let e = import_err(file(&[("Big", model(&cells))]).as_bytes());
    // The root and the layer count too.
    assert_eq!(
        e,
        format!(
            "page `Big` has {} cells, over the limit of {}",
            n + 2,
            n - 1
        )
    );
}

#[test]
fn not_drawio_is_said_plainly() {
    assert_eq!(
        import_err(b"<html><body/></html>"),
        "not a draw.io diagram: the XML's root is <html>, not <mxfile> or <mxGraphModel>"
    );
    assert!(import_err(b"<mxfile><diagram").starts_with("the file is not well-formed XML"));
    assert!(!drawio::is_drawio(b"{\"airlock\": 2}"));
    assert_eq!(
        import_err(b"{\"airlock\": 2}"),
        "not a draw.io diagram: not XML, an SVG or a PNG (an Airlock design opens as it is)"
    );
    assert!(drawio::is_drawio(&fixture("asea-workload.drawio.png")));
    assert!(drawio::is_drawio(&fixture(
        "bastion-tunnel-architecture.drawio.svg"
    )));
}

// Export, and back.

fn examples() -> Vec<(String, Document)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("static/examples").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "index.json" || !name.ends_with(".json") {
            continue;
        }
        let doc = model::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        out.push((name, doc));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// What the round trip must keep: kinds, labels, nesting, properties,
/// flows (routes, transport, selections), requirements, suppressions.
fn design(doc: &Document) -> String {
    let mut out = format!(
        "{}\n{:?}\n{:?}\n",
        doc.title, doc.requirements, doc.suppressions
    );
    for n in &doc.nodes {
        out.push_str(&format!(
            "{} {} {:?} in {:?} at {},{} {:?}\n",
            n.id, n.kind, n.label, n.parent, n.x, n.y, n.props
        ));
    }
    for f in &doc.flows {
        out.push_str(&format!("{f:?}\n"));
    }
    out
}

fn finding_ids(doc: &Document) -> Vec<String> {
    check::run(doc)
        .findings
        .iter()
        .map(|f| f.id.clone())
        .collect()
}

#[test]
fn every_example_round_trips_through_drawio_with_the_same_design_and_findings() {
    let examples = examples();
    assert!(examples.len() >= 20, "{} examples", examples.len());
    for (name, doc) in examples {
        let report = check::run(&doc);
        let text = drawio::export(&doc, Some(&report));
        assert!(drawio::is_drawio(text.as_bytes()), "{name}");
        let back = drawio::import(text.as_bytes(), &Options::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(design(&back.doc), design(&doc), "{name}");
        assert_eq!(finding_ids(&back.doc), finding_ids(&doc), "{name}");
        // Only the findings layer is left out, each note listed.
        assert_eq!(back.skipped.len(), report.findings.len(), "{name}");
        assert!(
            back.skipped
                .iter()
                .all(|s| s.why.to_string().contains("Airlock findings")),
            "{name}"
        );
        assert!(back.notes.is_empty(), "{name}: {:?}", back.notes);
    }
}

#[test]
fn the_export_uses_aws4_shapes_groups_and_a_findings_layer() {
    let (_, doc) = examples()
        .into_iter()
        .find(|(n, _)| n == "training-data-through-nat-without-tls.json")
        .unwrap();
    let report = check::run(&doc);
    let text = drawio::export(&doc, Some(&report));
    let xml = roxmltree::Document::parse(&text).expect("well-formed XML");
    let cells: Vec<_> = xml
        .descendants()
        .filter(|n| n.has_tag_name("mxCell"))
        .collect();
    let layer = cells
        .iter()
        .find(|c| c.attribute("value") == Some("Airlock findings"))
        .expect("a findings layer");
    let layer_id = layer.attribute("id").unwrap();
    let notes = cells
        .iter()
        .filter(|c| c.attribute("parent") == Some(layer_id))
        .count();
    assert_eq!(notes, report.findings.len());
    assert!(notes > 0);
    for n in &doc.nodes {
        let object = xml
            .descendants()
            .find(|o| o.has_tag_name("object") && o.attribute("id") == Some(n.id.as_str()))
            .unwrap();
        let cell = object.first_element_child().unwrap();
        assert!(
            cell.attribute("style").unwrap().contains("mxgraph.aws4."),
            "{}",
            n.id
        );
        assert_eq!(
            cell.attribute("parent"),
            Some(n.parent.as_deref().unwrap_or("#design"))
        );
    }
}

#[test]
fn a_png_with_a_ztxt_chunk_imports_and_one_without_says_why() {
    let text = file(&[("P", model(&[icon("s3", "", "s3", "1", [0, 0, 40, 40])]))]);
    let uri = percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    let i = import(&png_with(Some(("mxfile", &uri))));
    assert_eq!(counts(&i.doc), ["s3-bucket: 1"]);
    let e = import_err(&png_with(Some(("Software", "paint"))));
    assert!(
        e.starts_with("not a draw.io diagram: a PNG, but it holds no draw.io diagram"),
        "{e}"
    );
    assert!(!drawio::is_drawio(&png_with(None)));
}

#[test]
fn objects_edge_labels_arrow_direction_and_subnet_colours() {
    let cells = vec![
        // draw.io wraps a cell with data in <object>: its id and label.
        format!(
            r#"<object id="vpc" label="Shop"><mxCell style="{GROUP_STYLE}group_vpc2;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="500" height="300" as="geometry"/></mxCell></object>"#
        ),
        vertex(
            "pub",
            "Web tier",
            &format!("{GROUP_STYLE}group_security_group;grStroke=0;strokeColor=#7AA116;"),
            "vpc",
            [10, 30, 200, 200],
        ),
        vertex(
            "priv",
            "Data tier",
            &format!("{GROUP_STYLE}group_security_group;grStroke=0;strokeColor=#00A4A6;"),
            "vpc",
            [250, 30, 200, 200],
        ),
        icon("web", "Web", "ec2", "pub", [20, 20, 40, 40]),
        icon("db", "DB", "rds", "priv", [20, 20, 40, 40]),
        // Drawn from the database to the web server with the arrowhead at
        // the start: the data goes to the database.
        r#"<mxCell id="e" style="endArrow=none;startArrow=classic;" edge="1" parent="1" source="db" target="web"><mxGeometry relative="1" as="geometry"/></mxCell>"#.to_string(),
        r#"<mxCell id="el" value="orders" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="e"><mxGeometry x="-0.1" relative="1" as="geometry"/></mxCell>"#.to_string(),
    ];
    let i = import(file(&[("P", model(&cells))]).as_bytes());
    assert!(i.skipped.is_empty(), "{:?}", i.skipped);
    assert!(i.notes.is_empty(), "{:?}", i.notes);
    assert_eq!(
        counts(&i.doc),
        [
            "vpc: 1",
            "public-subnet: 1",
            "private-subnet: 1",
            "ec2-instance: 1",
            "rds-instance: 1"
        ]
    );
    assert_eq!(i.doc.node("vpc").unwrap().label, "Shop");
    assert_eq!(flows(&i.doc), ["e: web>db"]);
    assert_eq!(i.doc.flows[0].label, "orders");
}

#[test]
fn a_label_over_the_limit_is_cut_with_a_note() {
    let long = "x".repeat(model::LIMITS.max_label_chars + 50);
    let cells = vec![icon("s3", &long, "s3", "1", [0, 0, 40, 40])];
    let i = import(file(&[("P", model(&cells))]).as_bytes());
    assert_eq!(
        i.doc.node("s3").unwrap().label.chars().count(),
        model::LIMITS.max_label_chars
    );
    assert_eq!(
        i.notes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "The label of cell `s3` is longer than {} characters; it was cut.",
            model::LIMITS.max_label_chars
        )]
    );
}

#[test]
fn many_zones_import_in_bounded_time() {
    // 5,000 VPCs side by side, each with a subnet and an instance: every
    // shape looks for its zone among thousands.
    let mut cells = Vec::new();
    for k in 0..5_000 {
        let x = (k % 100) * 300;
        let y = (k / 100) * 300;
        cells.push(vertex(
            &format!("v{k}"),
            "",
            &format!("{GROUP_STYLE}group_vpc;"),
            "1",
            [x, y, 280, 280],
        ));
        cells.push(vertex(
            &format!("s{k}"),
            "private",
            &format!("{GROUP_STYLE}group_subnet;"),
            "1",
            [x + 10, y + 10, 200, 200],
        ));
        cells.push(vertex(
            &format!("e{k}"),
            "",
            &format!("{CELL_STYLE}ec2;"),
            "1",
            [x + 20, y + 20, 40, 40],
        ));
    }
    let text = file(&[("Many", model(&cells))]);
    let start = std::time::Instant::now();
    let i = import(text.as_bytes());
    let took = start.elapsed();
    assert_eq!(i.doc.nodes.len(), 15_000);
    assert_eq!(
        i.doc.node("e4999").unwrap().parent.as_deref(),
        Some("s4999")
    );
    // Looking at every zone for every shape took 8.6 s here (debug build);
    // the grid of zones takes 1.7 s. A generous bound, for a busy machine.
    assert!(took.as_secs() < 30, "15,000 shapes took {took:?}");
}

// Fuzzing: the import never panics, whatever the bytes; a result that
// imports is a valid design that checks.

/// The uncompressed XML of a drawn case and of an export, to mutate.
fn seeds() -> Vec<Vec<u8>> {
    let (_, doc) = examples().into_iter().next().unwrap();
    vec![
        file(&[("Pipeline", model(&pipeline()))]).into_bytes(),
        drawio::export(&doc, Some(&check::run(&doc))).into_bytes(),
        fixture("bastion-tunnel-architecture.drawio.svg"),
    ]
}

fn survives(bytes: &[u8]) {
    let options = map(&[("cylinder3", Kind::OnPremisesDatabase)]);
    if let Ok(i) = drawio::import(bytes, &options) {
        assert!(model::validate::validate(&i.doc).is_empty());
        let _ = check::run(&i.doc);
    }
}

/// What a round trip keeps, positions to a hundredth (draw.io holds a
/// child's position relative to its zone).
fn design_near(doc: &Document) -> String {
    let mut doc = doc.clone();
    for n in &mut doc.nodes {
        n.x = (n.x * 100.0).round() / 100.0;
        n.y = (n.y * 100.0).round() / 100.0;
    }
    design(&doc)
}

mod fuzz {
    use super::*;
    use arbitrary::{Arbitrary, Unstructured};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn valid_designs_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let plan = fuzzing::plan::Plan::arbitrary_take_rest(Unstructured::new(&bytes))
                .expect("any bytes make a plan");
            let doc = fuzzing::plan::build(&plan);
            let text = drawio::export(&doc, Some(&check::run(&doc)));
            let back = drawio::import(text.as_bytes(), &Options::default())
                .unwrap_or_else(|e| panic!("{e}\n{}", model::to_json(&doc)));
            prop_assert_eq!(design_near(&back.doc), design_near(&doc), "{:?}", back.skipped);
            prop_assert_eq!(finding_ids(&back.doc), finding_ids(&doc));
        }

        #[test]
        fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            survives(&bytes);
        }

        #[test]
        fn mutated_diagrams(
            seed in 0usize..3,
            edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 1..12),
        ) {
            let mut bytes = seeds().swap_remove(seed);
            for (at, byte, how) in edits {
                if bytes.is_empty() {
                    break;
                }
                let at = at % bytes.len();
                match how {
                    0 => bytes[at] = byte,
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, byte),
                }
            }
            survives(&bytes);
        }

        #[test]
        fn shuffled_attributes(
            ids in proptest::collection::vec("[a-c0-2]{1,2}", 1..12),
            parents in proptest::collection::vec("[a-c0-2]{1,2}", 1..12),
            kinds in proptest::collection::vec(0usize..Kind::ALL.len(), 1..12),
        ) {
            // Cells whose ids, parents, edge ends and kinds collide at random.
            let mut cells = Vec::new();
            for (k, id) in ids.iter().enumerate() {
                let parent = &parents[k % parents.len()];
                let kind = Kind::ALL[kinds[k % kinds.len()]];
                let style = drawio::shapes::aws4_style(kind);
                let x = (k as i32) * 30;
                cells.push(vertex(id, "", &style.replace('"', ""), parent, [x, x, 200 - x, 200 - x]));
                if k % 3 == 0 {
                    cells.push(edge(&format!("e{k}{id}"), id, &parents[(k + 1) % parents.len()]));
                }
            }
            survives(file(&[("P", model(&cells))]).as_bytes());
        }
    }
}

#[test]
fn what_the_import_says_is_said_in_korean_and_japanese() {
    use airlock::i18n::Lang;
    let i = import(&fixture("bastion-tunnel-architecture.drawio.svg"));
    let fargate = i.skipped.iter().find(|s| s.id == "2").expect("cell 2");
    assert!(fargate.is_unknown_shape());
    let why = |lang| fargate.why.render(lang);
    assert_eq!(
        why(Lang::En),
        "unknown shape `mxgraph.aws4.fargate`; map it to a kind (--map mxgraph.aws4.fargate=KIND)"
    );
    assert_eq!(
        why(Lang::Ko),
        "알 수 없는 도형 `mxgraph.aws4.fargate`. 종류를 매핑하세요(--map mxgraph.aws4.fargate=KIND)"
    );
    assert_eq!(
        why(Lang::Ja),
        "不明な図形 `mxgraph.aws4.fargate`。種類を対応付けてください (--map mxgraph.aws4.fargate=KIND)"
    );
    let edge = i.skipped.iter().find(|s| s.id == "28").expect("cell 28");
    assert_eq!(
        edge.why.render(Lang::En),
        "its source `11` was not understood"
    );
    assert_eq!(edge.why.render(Lang::Ko), "출발지 `11`을(를) 이해하지 못함");
    assert_eq!(edge.why.render(Lang::Ja), "送信元 `11` を認識できなかった");
    // JSON (the API, the embed) says it in English unless asked.
    let json = serde_json::to_value(fargate).unwrap();
    assert_eq!(json["why"], why(Lang::En));
    assert_eq!(
        serde_json::to_value(fargate.in_lang(Lang::Ja)).unwrap()["why"],
        why(Lang::Ja)
    );

    let i = import(&fixture("asea-perimeter.drawio"));
    let vpc = i
        .notes
        .iter()
        .find(|n| n.to_string().starts_with("The vpc"))
        .expect("the VPC's CIDR note");
    assert_eq!(
        vpc.render(Lang::En),
        "The vpc `Perimeter VPC 10.7.4.0/22 100.96.250.0/23` has `10.7.4.0/22` in its label; it was taken as its cidr."
    );
    assert_eq!(
        vpc.render(Lang::Ko),
        "VPC `Perimeter VPC 10.7.4.0/22 100.96.250.0/23`의 레이블에 `10.7.4.0/22`이(가) 있어 cidr(으)로 사용했습니다"
    );
    assert_eq!(
        vpc.render(Lang::Ja),
        "VPC `Perimeter VPC 10.7.4.0/22 100.96.250.0/23` のラベルに `10.7.4.0/22` があるため、cidr として使いました"
    );
}

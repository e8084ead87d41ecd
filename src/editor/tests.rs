use super::*;
use crate::model::{CloudTransport, Kind::*};

fn ids(ed: &Editor) -> Vec<(String, Option<String>)> {
    ed.doc()
        .nodes
        .iter()
        .map(|n| (n.id.clone(), n.parent.clone()))
        .collect()
}

fn add(ed: &mut Editor, kind: Kind, x: f64, y: f64) -> String {
    ed.apply(Action::AddNode {
        kind,
        x,
        y,
        view: None,
    });
    assert_eq!(ed.notice, None, "adding {kind} at ({x}, {y})");
    ed.selection.single_node().unwrap().to_string()
}

fn parent(ed: &Editor, id: &str) -> Option<String> {
    ed.doc().node(id).unwrap().parent.clone()
}

/// A VPC at (0,0)–(480,320) with a private subnet at (20,40)–(240,200).
fn vpc_with_subnet() -> (Editor, String, String) {
    let mut ed = Editor::default();
    let vpc = add(&mut ed, Vpc, 240.0, 160.0);
    let subnet = add(&mut ed, PrivateSubnet, 130.0, 120.0);
    (ed, vpc, subnet)
}

#[test]
fn empty_editor_has_nothing_to_undo() {
    let mut ed = Editor::default();
    assert!(!ed.can_undo() && !ed.can_redo());
    ed.apply(Action::Undo);
    assert!(ed.doc().nodes.is_empty());
    assert_eq!(ed.notice, None);
}

#[test]
fn adding_nests_in_the_innermost_zone_that_accepts_the_kind() {
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    assert_eq!(parent(&ed, &subnet), Some(vpc.clone()));
    let glue = add(&mut ed, GlueJob, 120.0, 110.0);
    assert_eq!(parent(&ed, &glue), Some(subnet));
    // An S3 bucket cannot sit in a VPC: at the same point it stays top-level.
    let s3 = add(&mut ed, S3Bucket, 120.0, 110.0);
    assert_eq!(parent(&ed, &s3), None);
    let gwe = add(&mut ed, GatewayEndpoint, 400.0, 280.0);
    assert_eq!(parent(&ed, &gwe), Some(vpc));
}

#[test]
fn a_subnet_outside_a_vpc_is_refused_with_a_reason() {
    let mut ed = Editor::default();
    ed.apply(Action::AddNode {
        view: None,
        kind: PrivateSubnet,
        x: 100.0,
        y: 100.0,
    });
    assert!(ed.doc().nodes.is_empty());
    assert_eq!(
        ed.notice.as_ref().map(ToString::to_string).as_deref(),
        Some("Private subnet can only be placed inside: VPC")
    );
}

#[test]
fn new_nodes_get_unique_ids_labels_and_snapped_positions() {
    let mut ed = Editor::default();
    let a = add(&mut ed, S3Bucket, 103.0, 47.0);
    let b = add(&mut ed, S3Bucket, 300.0, 47.0);
    assert_eq!((a.as_str(), b.as_str()), ("s3-bucket", "s3-bucket-2"));
    let labels: Vec<_> = ed.doc().nodes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["S3 bucket", "S3 bucket 2"]);
    let n = ed.doc().node(&a).unwrap();
    assert_eq!(
        (n.x, n.y),
        (30.0, 20.0),
        "centred on the point, then snapped"
    );
}

#[test]
fn moving_a_zone_moves_its_contents_and_a_drag_undoes_as_one_step() {
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    let glue = add(&mut ed, GlueJob, 120.0, 110.0);
    let before = ed.doc().clone();
    let sem = ed.sem_rev;
    for _ in 0..5 {
        ed.apply(Action::Move {
            ids: vec![vpc.clone()],
            dx: 10.0,
            dy: 4.0,
            gesture: 7,
        });
    }
    assert_eq!(ed.sem_rev, sem, "moving does not change findings");
    ed.apply(Action::Drop {
        ids: vec![vpc.clone()],
        gesture: 7,
    });
    assert_eq!(ed.notice, None);
    let moved = |ed: &Editor, id: &str| {
        let (a, b) = (before.node(id).unwrap(), ed.doc().node(id).unwrap());
        (b.x - a.x, b.y - a.y)
    };
    assert_eq!(moved(&ed, &vpc), (50.0, 20.0));
    assert_eq!(moved(&ed, &subnet), (50.0, 20.0));
    assert_eq!(moved(&ed, &glue), (50.0, 20.0));
    assert_eq!(parent(&ed, &glue), Some(subnet));
    ed.apply(Action::Undo);
    assert_eq!(ed.doc(), &before);
    ed.apply(Action::Redo);
    assert_eq!(moved(&ed, &vpc), (50.0, 20.0));
}

#[test]
fn a_zone_cannot_be_resized_smaller_than_what_it_holds() {
    // The VPC at (0,0)–(480,320) holds a subnet at (20,40)–(240,200).
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    let resize = |ed: &mut Editor, w: f64, h: f64, gesture: u32| {
        ed.apply(Action::Resize {
            id: vpc.clone(),
            w,
            h,
            gesture,
        });
        ed.apply(Action::Drop {
            ids: vec![],
            gesture,
        });
        assert_eq!(ed.notice, None);
        let n = ed.doc().node(&vpc).unwrap();
        (n.w.unwrap(), n.h.unwrap())
    };
    assert_eq!(resize(&mut ed, 100.0, 90.0, 1), (250.0, 210.0));
    assert_eq!(resize(&mut ed, 600.0, 400.0, 2), (600.0, 400.0));
    assert_eq!(parent(&ed, &subnet), Some(vpc.clone()));
    // An empty zone goes down to 80×60.
    let mut empty = Editor::default();
    let region = add(&mut empty, AwsRegion, 300.0, 200.0);
    empty.apply(Action::Resize {
        id: region.clone(),
        w: 10.0,
        h: 10.0,
        gesture: 3,
    });
    empty.apply(Action::Drop {
        ids: vec![],
        gesture: 3,
    });
    let n = empty.doc().node(&region).unwrap();
    assert_eq!((n.w, n.h), (Some(80.0), Some(60.0)));
}

#[test]
fn an_edit_that_would_make_the_file_too_large_is_refused() {
    // Seen: Save wrote a 23.5 MB file that Open and the CLI refuse.
    let mut ed = Editor::default();
    let db = add(&mut ed, S3Bucket, 100.0, 100.0);
    let long = "x".repeat(crate::model::LIMITS.max_label_chars);
    let datasets: Vec<crate::model::Dataset> = (0..crate::model::LIMITS.max_datasets_per_store)
        .map(|k| crate::model::Dataset {
            name: format!("{k}{long}")
                .chars()
                .take(crate::model::LIMITS.max_label_chars)
                .collect(),
            sensitive: false,
        })
        .collect();
    // Copies of one store until the next would pass the limit.
    let mut doc = ed.doc().clone();
    doc.nodes[0].props.datasets = Some(datasets);
    let per_store = crate::model::json_size(&doc);
    let fits = crate::model::LIMITS.max_bytes / per_store;
    for k in 1..fits {
        let mut n = doc.nodes[0].clone();
        n.id = format!("{db}-{k}");
        doc.nodes.push(n);
    }
    ed.apply(Action::Load(doc));
    assert_eq!(ed.notice, None, "it loads: just under the limit");
    let before = ed.doc().clone();
    ed.apply(Action::Select(Selection::node(&format!("{db}-1"))));
    ed.apply(Action::Copy);
    ed.apply(Action::Paste);
    ed.apply(Action::Paste);
    assert!(
        ed.notice
            .as_ref()
            .map(ToString::to_string)
            .as_deref()
            .is_some_and(|n| n.contains("over the limit of 16 MiB")),
        "{:?}",
        ed.notice
    );
    assert!(ed.doc().nodes.len() <= before.nodes.len() + 1);
    let text = crate::model::to_json(ed.doc());
    assert!(
        crate::model::from_json(&text).is_ok(),
        "what the editor holds still opens"
    );
}

#[test]
fn a_resize_beyond_the_limits_is_refused_and_the_zone_keeps_its_size() {
    // Seen: a zone resized to 19 million units wide, and the design then
    // failed to reload. Whatever the editor produces, its loader accepts.
    let (mut ed, vpc, _subnet) = vpc_with_subnet();
    ed.apply(Action::Resize {
        id: vpc.clone(),
        w: 19_000_000.0,
        h: 300.0,
        gesture: 7,
    });
    ed.apply(Action::Drop {
        ids: vec![],
        gesture: 7,
    });
    assert!(
        ed.notice
            .as_ref()
            .map(ToString::to_string)
            .as_deref()
            .is_some_and(|n| n.contains("within ±10,000,000")),
        "{:?}",
        ed.notice
    );
    assert_eq!(ed.doc().node(&vpc).unwrap().w, Some(480.0));
    let text = crate::model::to_json(ed.doc());
    assert!(crate::model::from_json(&text).is_ok(), "the design reloads");
}

#[test]
fn dragging_out_of_a_zone_unnests_and_into_one_nests() {
    let (mut ed, _vpc, subnet) = vpc_with_subnet();
    let glue = add(&mut ed, GlueJob, 120.0, 110.0);
    let sem = ed.sem_rev;
    ed.apply(Action::Move {
        ids: vec![glue.clone()],
        dx: 600.0,
        dy: 0.0,
        gesture: 1,
    });
    ed.apply(Action::Drop {
        ids: vec![glue.clone()],
        gesture: 1,
    });
    assert_eq!(parent(&ed, &glue), None);
    assert!(ed.sem_rev > sem, "nesting changes can change findings");
    ed.apply(Action::Move {
        ids: vec![glue.clone()],
        dx: -600.0,
        dy: 0.0,
        gesture: 2,
    });
    ed.apply(Action::Drop {
        ids: vec![glue.clone()],
        gesture: 2,
    });
    assert_eq!(parent(&ed, &glue), Some(subnet));
}

#[test]
fn a_drop_where_the_node_cannot_sit_is_undone() {
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    let before = ed.doc().clone();
    ed.apply(Action::Move {
        ids: vec![subnet.clone()],
        dx: 900.0,
        dy: 0.0,
        gesture: 3,
    });
    ed.apply(Action::Drop {
        ids: vec![subnet.clone()],
        gesture: 3,
    });
    assert_eq!(ed.doc(), &before, "the subnet snaps back");
    assert_eq!(parent(&ed, &subnet), Some(vpc));
    assert!(notice(&ed).contains("inside: VPC"));
    // The status line says it in the UI's language, the kinds by their titles.
    said_in(
        ed.notice.as_ref().expect("refused"),
        "프라이빗 서브넷 노드는 다음 안에만 둘 수 있습니다: VPC",
        "プライベートサブネット を置けるのは次の中だけです: VPC",
    );
    assert!(!ed.can_redo());
}

#[test]
fn a_drag_says_during_the_drag_whether_its_drop_would_be_refused() {
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    let glue = add(&mut ed, GlueJob, 120.0, 110.0);
    let drag = |ed: &mut Editor, dx: f64| {
        ed.apply(Action::Move {
            ids: vec![subnet.clone()],
            dx,
            dy: 0.0,
            gesture: 4,
        })
    };
    drag(&mut ed, 10.0);
    assert_eq!(ed.drop_refused(), None, "still inside the VPC");
    drag(&mut ed, 900.0);
    let why = ed.drop_refused().expect("outside the VPC").to_string();
    assert_eq!(why, "Private subnet can only be placed inside: VPC");
    assert_eq!(ed.notice, None, "the move itself is not refused");
    drag(&mut ed, -900.0);
    assert_eq!(ed.drop_refused(), None, "back inside");
    // Exactly what the drop says: out again, dropped, the same message.
    drag(&mut ed, 900.0);
    ed.apply(Action::Drop {
        ids: vec![subnet.clone()],
        gesture: 4,
    });
    assert_eq!(notice(&ed), why);
    assert_eq!(ed.drop_refused(), None, "the drag is over");
    assert_eq!(parent(&ed, &subnet), Some(vpc));
    assert_eq!(parent(&ed, &glue), Some(subnet));
}

#[test]
fn a_palette_drag_asks_the_rule_that_refuses_the_add() {
    let (mut ed, _vpc, _subnet) = vpc_with_subnet();
    let before = ed.doc().clone();
    let why = ed
        .add_refused(PrivateSubnet, 900.0, 600.0, None)
        .expect("no VPC there");
    assert_eq!(ed.add_refused(PrivateSubnet, 240.0, 160.0, None), None);
    assert_eq!(ed.doc(), &before, "asking changes nothing");
    ed.apply(Action::AddNode {
        view: None,
        kind: PrivateSubnet,
        x: 900.0,
        y: 600.0,
    });
    assert_eq!(ed.notice, Some(why));
}

fn connect(ed: &mut Editor, from: &str, to: &str) {
    ed.apply(Action::Connect {
        from: from.into(),
        to: to.into(),
    });
    assert_eq!(ed.notice, None, "connecting {from} to {to}");
}

/// Each flow as (id, route), in document order.
fn routes(ed: &Editor) -> Vec<(String, Vec<String>)> {
    ed.doc()
        .flows
        .iter()
        .map(|f| (f.id.clone(), f.route().map(String::from).collect()))
        .collect()
}

fn route(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn connect_gives_sensible_transport_defaults_and_refuses_zones_and_duplicates() {
    let mut ed = Editor::default();
    let db = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let glue = add(&mut ed, GlueJob, 500.0, 100.0);
    let s3 = add(&mut ed, S3Bucket, 700.0, 100.0);
    let corp = add(&mut ed, OnPremisesNetwork, 100.0, 600.0);
    for (a, b) in [(&db, &vpn), (&vpn, &glue), (&glue, &s3)] {
        connect(&mut ed, a, b);
    }
    // db → VPN → job is one data flow, drawn in two drags; job → S3 another.
    let first = format!("{db}-{vpn}");
    assert_eq!(
        routes(&ed),
        [
            (first.clone(), route(&[&db, &vpn, &glue])),
            (format!("{glue}-{s3}"), route(&[&glue, &s3])),
        ]
    );
    // The VPN's IPsec is the network's: the flow declares none of its own.
    let transports: Vec<_> = ed.doc().flows.iter().map(|f| f.transport).collect();
    assert_eq!(transports, [Transport::None, Transport::Tls]);
    // The same flow again is refused.
    ed.apply(Action::Connect {
        from: glue.clone(),
        to: s3.clone(),
    });
    assert!(notice(&ed).contains("already drawn"));
    ed.apply(Action::Connect {
        from: corp.clone(),
        to: db.clone(),
    });
    assert!(notice(&ed).contains("cannot start or end"));
    assert_eq!(ed.doc().flows.len(), 2);
}

#[test]
fn connecting_on_from_a_vpn_extends_the_open_flow_and_a_second_pipeline_stays_apart() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let c = add(&mut ed, OnPremisesDatabase, 100.0, 300.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 200.0);
    let b = add(&mut ed, GlueJob, 500.0, 100.0);
    let d = add(&mut ed, S3Bucket, 500.0, 300.0);
    connect(&mut ed, &a, &vpn);
    let ab = format!("{a}-{vpn}");
    assert_eq!(ed.selection.single_flow(), Some(ab.as_str()));
    assert_eq!(
        ed.doc().flow(&ab).unwrap().to,
        vpn,
        "an open flow ends at the VPN"
    );
    connect(&mut ed, &vpn, &b);
    assert_eq!(ed.doc().flows.len(), 1, "extended, not a second flow");
    assert_eq!(ed.selection.single_flow(), Some(ab.as_str()));
    // A second pipeline through the same VPN.
    connect(&mut ed, &c, &vpn);
    connect(&mut ed, &vpn, &d);
    let cd = format!("{c}-{vpn}");
    assert_eq!(
        routes(&ed),
        [
            (ab.clone(), route(&[&a, &vpn, &b])),
            (cd.clone(), route(&[&c, &vpn, &d])),
        ]
    );
    // Extending to S3 turns a plain flow into TLS.
    assert_eq!(ed.doc().flow(&cd).unwrap().transport, Transport::Tls);
    assert_eq!(ed.doc().flow(&ab).unwrap().transport, Transport::None);
    // Undo takes back the extension only.
    ed.apply(Action::Undo);
    assert_eq!(ed.doc().flow(&cd).unwrap().to, vpn);
}

#[test]
fn connecting_from_a_passed_vpn_branches_a_new_flow_from_the_same_source() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let tgw = add(&mut ed, TransitGateway, 500.0, 100.0);
    let b = add(&mut ed, GlueJob, 700.0, 100.0);
    let s3 = add(&mut ed, S3Bucket, 700.0, 300.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &tgw);
    connect(&mut ed, &tgw, &b);
    let ab = format!("{a}-{vpn}");
    assert_eq!(routes(&ed), [(ab.clone(), route(&[&a, &vpn, &tgw, &b]))]);
    // Nothing ends at the transit gateway now: a branch from it.
    connect(&mut ed, &tgw, &s3);
    let branch = format!("{a}-{s3}");
    assert_eq!(
        routes(&ed)[1],
        (branch.clone(), route(&[&a, &vpn, &tgw, &s3]))
    );
    assert_eq!(ed.doc().flow(&branch).unwrap().transport, Transport::Tls);
    // A drag from a connectivity node no flow passes: its source is not drawn.
    let net = add(&mut ed, Internet, 300.0, 500.0);
    connect(&mut ed, &net, &b);
    assert_eq!(routes(&ed)[2].1, route(&[&net, &b]));
}

#[test]
fn a_route_that_would_visit_a_node_twice_is_refused() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let tgw = add(&mut ed, TransitGateway, 500.0, 100.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &tgw);
    let before = ed.doc().clone();
    ed.apply(Action::Connect {
        from: tgw.clone(),
        to: vpn.clone(),
    });
    let said = notice(&ed);
    assert!(said.contains("twice"), "{said}");
    assert!(said.contains("Site-to-Site VPN"), "names the node: {said}");
    assert_eq!(ed.doc(), &before);
    ed.apply(Action::Connect {
        from: tgw.clone(),
        to: a.clone(),
    });
    assert!(notice(&ed).contains("twice"));
    assert_eq!(ed.doc(), &before);
}

#[test]
fn a_route_can_lose_a_connectivity_node_or_end_earlier() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let tgw = add(&mut ed, TransitGateway, 500.0, 100.0);
    let b = add(&mut ed, GlueJob, 700.0, 100.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &tgw);
    connect(&mut ed, &tgw, &b);
    let id = format!("{a}-{vpn}");
    ed.apply(Action::RemoveVia {
        flow: id.clone(),
        node: tgw.clone(),
    });
    assert_eq!(ed.notice, None);
    assert_eq!(routes(&ed), [(id.clone(), route(&[&a, &vpn, &b]))]);
    ed.apply(Action::EndAt {
        flow: id.clone(),
        node: vpn.clone(),
    });
    assert_eq!(ed.notice, None);
    assert_eq!(routes(&ed), [(id.clone(), route(&[&a, &vpn]))]);
    ed.apply(Action::RemoveVia {
        flow: id.clone(),
        node: tgw.clone(),
    });
    assert!(notice(&ed).contains("does not pass"));
}

#[test]
fn deleting_a_node_on_a_route_deletes_the_flows_through_it() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let b = add(&mut ed, GlueJob, 500.0, 100.0);
    let s3 = add(&mut ed, S3Bucket, 700.0, 100.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &b);
    connect(&mut ed, &b, &s3);
    ed.apply(Action::Select(Selection::node(&vpn)));
    ed.apply(Action::Delete);
    assert_eq!(ed.notice, None);
    assert_eq!(routes(&ed), [(format!("{b}-{s3}"), route(&[&b, &s3]))]);
}

#[test]
fn copying_a_route_needs_every_node_on_it_and_paste_renames_the_route() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 100.0);
    let b = add(&mut ed, GlueJob, 500.0, 100.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &b);
    // Without the VPN, the flow stays behind.
    ed.apply(Action::Select(Selection {
        nodes: [a.clone(), b.clone()].into(),
        flows: Default::default(),
    }));
    ed.apply(Action::Copy);
    ed.apply(Action::Paste);
    assert_eq!(ed.notice, None);
    assert_eq!(ed.doc().flows.len(), 1);
    // With it, the copy has its own route.
    ed.apply(Action::SelectRect {
        rect: Rect::spanning(0.0, 0.0, 600.0, 200.0),
        additive: false,
    });
    assert!(ed.selection.flows.contains(&format!("{a}-{vpn}")));
    ed.apply(Action::Copy);
    ed.apply(Action::Paste);
    assert_eq!(ed.notice, None);
    let pasted = ed.doc().flows.last().unwrap();
    let r: Vec<&str> = pasted.route().collect();
    assert_eq!(r.len(), 3);
    assert_ne!(r[1], vpn, "the via entry is renamed too");
    assert_eq!(ed.doc().node(r[1]).unwrap().kind, SiteToSiteVpn);
    assert!(ed.selection.flows.contains(&pasted.id));
}

#[test]
fn deleting_a_zone_deletes_its_contents_their_flows_and_references() {
    let (mut ed, vpc, _subnet) = vpc_with_subnet();
    let conn = add(&mut ed, GlueConnection, 120.0, 110.0);
    let glue = add(&mut ed, GlueJob, 700.0, 100.0);
    ed.apply(Action::SetProp {
        id: glue.clone(),
        key: "connection".into(),
        value: Some(PropValue::Text(conn.clone())),
    });
    assert_eq!(ed.notice, None);
    let s3 = add(&mut ed, S3Bucket, 900.0, 100.0);
    ed.apply(Action::Connect {
        from: glue.clone(),
        to: s3.clone(),
    });
    ed.apply(Action::Select(Selection::node(&vpc)));
    ed.apply(Action::Delete);
    assert_eq!(
        ids(&ed),
        [(glue.clone(), None), (s3.clone(), None)],
        "the VPC, subnet and connection are gone"
    );
    assert_eq!(ed.doc().node(&glue).unwrap().props.connection, None);
    assert_eq!(ed.doc().flows.len(), 1);
    ed.apply(Action::Undo);
    assert_eq!(ed.doc().nodes.len(), 5);
}

#[test]
fn invalid_property_values_are_refused_and_change_nothing() {
    let (mut ed, vpc, _) = vpc_with_subnet();
    let rev = ed.rev;
    ed.apply(Action::SetProp {
        id: vpc.clone(),
        key: "cidr".into(),
        value: Some(PropValue::Text("10.0.0.0/33".into())),
    });
    assert_eq!(
        ed.notice.as_ref().map(ToString::to_string).as_deref(),
        Some("`10.0.0.0/33` has a prefix length outside 0..=32")
    );
    assert_eq!(ed.rev, rev);
    ed.apply(Action::SetProp {
        id: vpc.clone(),
        key: "network_isolation".into(),
        value: Some(PropValue::Bool(true)),
    });
    assert!(notice(&ed).contains("does not apply to a vpc"));
    ed.apply(Action::SetProp {
        id: vpc,
        key: "cidr".into(),
        value: Some(PropValue::Text("10.0.0.0/16".into())),
    });
    assert_eq!(ed.notice, None);
    assert_eq!(ed.rev, rev + 1);
}

#[test]
fn copy_and_paste_renames_and_keeps_internal_flows() {
    let (mut ed, _, _) = vpc_with_subnet();
    let x = add(&mut ed, Ec2Instance, 100.0, 100.0);
    let y = add(&mut ed, RdsInstance, 180.0, 170.0);
    ed.apply(Action::Connect {
        from: x.clone(),
        to: y.clone(),
    });
    ed.apply(Action::Select(Selection {
        nodes: [x.clone(), y.clone()].into(),
        flows: Default::default(),
    }));
    ed.apply(Action::Copy);
    ed.apply(Action::Paste);
    assert_eq!(ed.notice, None);
    assert_eq!(ed.doc().nodes.len(), 6);
    assert_eq!(ed.doc().flows.len(), 2);
    let pasted = &ed.doc().flows[1];
    assert_eq!(
        (pasted.from.as_str(), pasted.to.as_str()),
        ("ec2-instance-2", "rds-instance-2")
    );
    assert_eq!(ed.selection.nodes.len(), 2);
    let copy = ed.doc().node("ec2-instance-2").unwrap();
    assert_eq!(copy.parent, ed.doc().node(&x).unwrap().parent);
}

#[test]
fn duplicate_copies_the_selection_beside_it_and_leaves_the_clipboard() {
    let (mut ed, _, _) = vpc_with_subnet();
    let x = add(&mut ed, Ec2Instance, 100.0, 100.0);
    let y = add(&mut ed, RdsInstance, 180.0, 170.0);
    ed.apply(Action::Connect {
        from: x.clone(),
        to: y.clone(),
    });
    assert!(!ed.can_paste());
    ed.apply(Action::Select(Selection::node(&y)));
    ed.apply(Action::Copy);
    assert!(ed.can_paste());
    ed.apply(Action::Select(Selection {
        nodes: [x.clone(), y.clone()].into(),
        flows: Default::default(),
    }));
    ed.apply(Action::Duplicate);
    assert_eq!(ed.notice, None);
    assert_eq!(ed.doc().nodes.len(), 6);
    assert_eq!(ed.doc().flows.len(), 2, "the flow between them is copied");
    let copy = ed.doc().node("ec2-instance-2").unwrap();
    let original = ed.doc().node(&x).unwrap();
    assert_eq!((copy.x, copy.y), (original.x + 20.0, original.y + 20.0));
    assert_eq!(copy.parent, original.parent);
    assert_eq!(ed.selection.nodes.len(), 2, "the copies are selected");
    // The clipboard still holds what was copied: one database.
    ed.apply(Action::Paste);
    assert_eq!(ed.doc().nodes.len(), 7);
    // One undo takes the duplicate away.
    ed.apply(Action::Undo);
    ed.apply(Action::Undo);
    assert_eq!(ed.doc().nodes.len(), 4);
    // Nothing selected: nothing to duplicate.
    ed.apply(Action::Select(Selection::default()));
    ed.apply(Action::Duplicate);
    assert_eq!(ed.doc().nodes.len(), 4);
}

#[test]
fn select_rect_selects_contained_nodes_and_their_flows() {
    let mut ed = Editor::default();
    let a = add(&mut ed, S3Bucket, 100.0, 100.0);
    let b = add(&mut ed, SagemakerTrainingJob, 300.0, 100.0);
    let c = add(&mut ed, S3Bucket, 900.0, 100.0);
    ed.apply(Action::Connect {
        from: a.clone(),
        to: b.clone(),
    });
    ed.apply(Action::Connect {
        from: c.clone(),
        to: b.clone(),
    });
    ed.apply(Action::SelectRect {
        rect: Rect::spanning(0.0, 0.0, 400.0, 200.0),
        additive: false,
    });
    assert_eq!(ed.selection.nodes, BTreeSet::from([a.clone(), b.clone()]));
    assert_eq!(ed.selection.flows, BTreeSet::from([format!("{a}-{b}")]));
}

#[test]
fn load_replaces_the_document_and_undo_brings_the_old_one_back() {
    let mut ed = Editor::default();
    add(&mut ed, S3Bucket, 100.0, 100.0);
    let text = include_str!("../../static/examples/glue-in-vpc-private-subnets.json");
    let doc = model::from_json(text).unwrap();
    ed.apply(Action::Load(doc.clone()));
    assert_eq!(ed.doc(), &doc);
    ed.apply(Action::Undo);
    assert_eq!(ed.doc().nodes.len(), 1);
    let mut broken = doc;
    broken.nodes[1].parent = Some("nowhere".into());
    ed.apply(Action::Load(broken));
    assert!(notice(&ed).contains("nowhere"));
    assert_eq!(
        ed.doc().nodes.len(),
        1,
        "a bad document never replaces the diagram"
    );
}

fn template(name: &str) -> Document {
    let path = format!("{}/static/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    model::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn undo_and_redo_across_a_load_select_nothing_and_change_the_design() {
    let mut ed = Editor::default();
    ed.apply(Action::Load(template(
        "glue-ingests-all-tables-then-filters",
    )));
    let first = ed.design();
    ed.apply(Action::Select(Selection::node("pg")));
    ed.apply(Action::Load(template("dms-over-ssl-where-ipsec-required")));
    let second = ed.design();
    assert_ne!(first, second, "each load is a design of its own");
    // `pg` is in both designs, but it is not the same database.
    ed.apply(Action::Select(Selection::node("pg")));
    ed.apply(Action::Undo);
    assert_eq!(ed.design(), first);
    assert!(
        ed.selection.is_empty(),
        "no selection carried into another design"
    );
    ed.apply(Action::Redo);
    assert_eq!(ed.design(), second);
    assert!(ed.selection.is_empty());
}

#[test]
fn undo_within_one_design_brings_its_selection_back() {
    let mut ed = Editor::default();
    ed.apply(Action::Load(template(
        "glue-ingests-all-tables-then-filters",
    )));
    let design = ed.design();
    ed.apply(Action::Select(Selection::node("pg")));
    ed.apply(Action::SetLabel {
        id: "pg".into(),
        label: "Orders DB".into(),
    });
    ed.apply(Action::Select(Selection::default()));
    ed.apply(Action::Undo);
    assert_eq!(ed.design(), design, "an edit keeps the design");
    assert_eq!(ed.selection, Selection::node("pg"));
}

#[test]
fn a_flow_that_selects_no_dataset_carries_nothing() {
    let mut ed = Editor::default();
    ed.apply(Action::Load(template(
        "glue-ingests-all-tables-then-filters",
    )));
    let codes = |ed: &Editor| -> Vec<String> {
        crate::check::run(ed.doc())
            .active()
            .map(|f| f.id.clone())
            .collect()
    };
    assert_eq!(codes(&ed), ["LOC001@pg-glue"], "everything at the source");
    ed.apply(Action::SetOnly {
        flow: "pg-glue".into(),
        only: Some(Vec::new()),
    });
    assert_eq!(ed.notice, None, "an empty selection is a valid document");
    assert!(codes(&ed).is_empty(), "nothing selected: nothing crosses");
    let json = model::to_json(ed.doc());
    assert!(json.contains("\"only\": []"), "saved as `only: []`: {json}");
    assert_eq!(&model::from_json(&json).unwrap(), ed.doc(), "and read back");
    ed.apply(Action::SetOnly {
        flow: "pg-glue".into(),
        only: Some(vec!["customers".into()]),
    });
    assert_eq!(
        codes(&ed),
        ["LOC001@pg-glue"],
        "the sensitive table, ticked"
    );
}

#[test]
fn drawing_the_ipsec_journey_gives_and_clears_the_encryption_finding() {
    // The editor end-to-end journey, natively: db → glue across the
    // boundary, IPsec required, the hop set to TLS, then to IPsec, then undo.
    let mut ed = Editor::default();
    let corp = add(&mut ed, OnPremisesNetwork, 200.0, 200.0);
    let db = add(&mut ed, OnPremisesDatabase, 200.0, 200.0);
    assert_eq!(parent(&ed, &db), Some(corp));
    let (vx, vy) = (900.0, 300.0);
    let vpc = add(&mut ed, Vpc, vx, vy);
    let subnet = add(&mut ed, PrivateSubnet, vx, vy);
    let glue = add(&mut ed, GlueJob, vx, vy);
    assert_eq!(parent(&ed, &glue), Some(subnet));
    // The S3 gateway endpoint and the Direct Connect the flows drawn
    // straight are assumed to take: without them the design has no route
    // from on-premises into the VPC, nor from the VPC to S3 (NET012).
    let gwe = add(&mut ed, GatewayEndpoint, vx + 180.0, vy + 130.0);
    assert_eq!(parent(&ed, &gwe), Some(vpc));
    let dx = add(&mut ed, DirectConnect, 200.0, 600.0);
    assert_eq!(parent(&ed, &dx), None);
    let s3 = add(&mut ed, S3Bucket, 1500.0, 300.0);
    ed.apply(Action::Connect {
        from: db.clone(),
        to: glue.clone(),
    });
    ed.apply(Action::Connect {
        from: glue.clone(),
        to: s3.clone(),
    });
    ed.apply(Action::SetRequirements(Requirements {
        cloud_transport: CloudTransport::Ipsec,
        ..Default::default()
    }));
    let codes = |ed: &Editor| -> Vec<String> {
        crate::check::run(ed.doc())
            .active()
            .map(|f| f.id.clone())
            .collect()
    };
    let hop = format!("{db}-{glue}");
    assert_eq!(codes(&ed), [format!("ENC002@{hop}")]);
    let report = crate::check::run(ed.doc());
    assert!(
        report.findings[0]
            .message
            .to_string()
            .ends_with("(route not drawn: assumed through `Direct Connect`)"),
        "{}",
        report.findings[0].message
    );
    ed.apply(Action::SetTransport {
        flow: hop.clone(),
        transport: Transport::Tls,
    });
    assert_eq!(codes(&ed), [format!("ENC001@{hop}")]);
    ed.apply(Action::SetTransport {
        flow: hop.clone(),
        transport: Transport::Ipsec,
    });
    assert!(codes(&ed).is_empty());
    ed.apply(Action::Undo);
    assert_eq!(codes(&ed), [format!("ENC001@{hop}")]);
}

#[test]
fn nudge_moves_the_selection_by_one_undo_step_each() {
    let mut ed = Editor::default();
    let a = add(&mut ed, S3Bucket, 100.0, 100.0);
    let x0 = ed.doc().node(&a).unwrap().x;
    ed.apply(Action::Nudge { dx: GRID, dy: 0.0 });
    ed.apply(Action::Nudge { dx: GRID, dy: 0.0 });
    assert_eq!(ed.doc().node(&a).unwrap().x, x0 + 2.0 * GRID);
    ed.apply(Action::Undo);
    assert_eq!(ed.doc().node(&a).unwrap().x, x0 + GRID);
}

#[test]
fn suppress_and_unsuppress_round_trip() {
    let mut ed = Editor::default();
    ed.apply(Action::Suppress(Suppression {
        rule: "EGR001".into(),
        target: "nat".into(),
        reason: "updates only".into(),
    }));
    assert_eq!(ed.doc().suppressions.len(), 1);
    ed.apply(Action::Suppress(Suppression {
        rule: "EGR001".into(),
        target: "nat".into(),
        reason: "".into(),
    }));
    assert!(notice(&ed).contains("reason"));
    ed.apply(Action::Unsuppress {
        rule: "EGR001".into(),
        target: "nat".into(),
    });
    assert!(ed.doc().suppressions.is_empty());
}

#[test]
fn history_keeps_the_newest_edits_only() {
    let mut ed = Editor::default();
    add(&mut ed, S3Bucket, 0.0, 0.0);
    for i in 0..(2 * HISTORY + 5) {
        ed.apply(Action::SetTitle(format!("title {i}")));
    }
    let mut undone = 0;
    while ed.can_undo() {
        ed.apply(Action::Undo);
        undone += 1;
    }
    assert!(
        (HISTORY..=2 * HISTORY).contains(&undone),
        "{undone} undo steps"
    );
    assert_ne!(ed.doc().title, "", "the oldest edits fell off");
    for _ in 0..undone {
        ed.apply(Action::Redo);
    }
    assert_eq!(ed.doc().title, format!("title {}", 2 * HISTORY + 4));
}

#[test]
fn hops_between_the_same_two_nodes_are_drawn_apart() {
    let mut ed = Editor::default();
    let a = add(&mut ed, S3Bucket, 100.0, 100.0);
    let b = add(&mut ed, SagemakerTrainingJob, 500.0, 100.0);
    let c = add(&mut ed, GlueJob, 100.0, 400.0);
    for (from, to) in [(&a, &b), (&b, &a), (&a, &c)] {
        connect(&mut ed, from, to);
    }
    let doc = ed.doc();
    let offsets = hop_offsets(doc);
    let (ab, ba, ac) = (format!("{a}-{b}"), format!("{b}-{a}"), format!("{a}-{c}"));
    // Opposite ways: each 7 to its own left, so the two are 14 apart.
    assert_eq!(offsets[ab.as_str()], [7.0]);
    assert_eq!(offsets[ba.as_str()], [7.0]);
    assert_eq!(offsets[ac.as_str()], [0.0]);
    let rect = |id: &str| Rect::of(doc.node(id).unwrap());
    let (ra, rb) = (rect(&a), rect(&b));
    let (_, y0, _, y1) = flow_line(&ra, &rb, 0.0);
    assert_eq!(y0, y1);
    let (_, there, _, _) = flow_line(&ra, &rb, 7.0);
    let (_, back, _, _) = flow_line(&rb, &ra, 7.0);
    assert_eq!((there - y0, back - y0), (7.0, -7.0));
}

#[test]
fn two_pipelines_through_one_vpn_draw_their_shared_hop_twice() {
    let mut ed = Editor::default();
    let a = add(&mut ed, OnPremisesDatabase, 100.0, 100.0);
    let c = add(&mut ed, OnPremisesDatabase, 100.0, 300.0);
    let vpn = add(&mut ed, SiteToSiteVpn, 300.0, 200.0);
    let b = add(&mut ed, GlueJob, 500.0, 200.0);
    connect(&mut ed, &a, &vpn);
    connect(&mut ed, &vpn, &b);
    connect(&mut ed, &c, &vpn);
    connect(&mut ed, &vpn, &b);
    let offsets = hop_offsets(ed.doc());
    let first = &offsets[format!("{a}-{vpn}").as_str()];
    let second = &offsets[format!("{c}-{vpn}").as_str()];
    // The shared hop twice, 14 apart; the hops in are drawn once each.
    assert_eq!(first, &[0.0, 7.0]);
    assert_eq!(second, &[0.0, -7.0]);
}

#[test]
fn a_refused_edit_names_the_element_in_korean() {
    let mut ed = Editor::default();
    ed.apply(Action::SetProp {
        id: "ghost".into(),
        key: "cidr".into(),
        value: None,
    });
    let notice = ed.notice.clone().expect("refused");
    assert_eq!(notice.to_string(), "no node `ghost`");
    said_in(
        &notice,
        "`ghost` 노드가 없습니다",
        "ノード `ghost` はありません",
    );
}

#[test]
fn a_zone_dropped_into_a_small_view_fits_in_it_and_stays_inside() {
    let mut ed = Editor::default();
    let mut add = |kind, x, y, view: Option<(f64, f64)>| {
        let view = view.map(|(w, h)| Rect {
            x: 0.0,
            y: 0.0,
            w,
            h,
        });
        ed.apply(Action::AddNode { kind, x, y, view });
        let n = ed.doc().nodes.last().expect("added").clone();
        (n.x, n.y, n.w, n.h)
    };
    // A 722 × 500 view from (0, 0): a Region (640 × 420 by default) dropped
    // at the left edge keeps its size, moved right to the margin; in a
    // 400 × 300 view a VPC shrinks to the view less the margins.
    let region = add(AwsRegion, 5.0, 250.0, Some((722.0, 500.0)));
    assert_eq!(region, (20.0, 40.0, Some(640.0), Some(420.0)));
    let vpc = add(Vpc, 390.0, 290.0, Some((400.0, 300.0)));
    assert_eq!(vpc, (20.0, 20.0, Some(360.0), Some(260.0)));
    // A node at the right edge moves in; without a view it goes where asked.
    let (x, y, _, _) = add(S3Bucket, 715.0, 480.0, Some((722.0, 500.0)));
    assert!(
        x + 152.0 <= 722.0 - 20.0 && y + 52.0 <= 500.0 - 20.0,
        "{x}, {y}"
    );
    assert_eq!(add(S3Bucket, 715.0, 480.0, None).0, 640.0);
}

/// `message` reads `ko` in Korean and `ja` in Japanese.
fn said_in(message: &crate::i18n::Message, ko: &str, ja: &str) {
    assert_eq!(message.render(crate::i18n::Lang::Ko), ko);
    assert_eq!(message.render(crate::i18n::Lang::Ja), ja);
}

/// What the editor's status line says, in English.
fn notice(ed: &Editor) -> String {
    ed.notice.as_ref().expect("a notice").to_string()
}

#[test]
fn a_locked_document_changes_by_no_action_but_selecting_and_copying() {
    let (mut ed, vpc, subnet) = vpc_with_subnet();
    ed.apply(Action::Lock(true));
    assert!(ed.locked());
    let (doc, rev, sem_rev) = (ed.doc().clone(), ed.rev, ed.sem_rev);
    ed.apply(Action::Select(Selection::node(&subnet)));
    assert_eq!(ed.notice, None);
    assert_eq!(ed.selection, Selection::node(&subnet));
    ed.apply(Action::Toggle {
        node: Some(vpc.clone()),
        flow: None,
    });
    ed.apply(Action::SelectAll);
    ed.apply(Action::Copy);
    assert_eq!(ed.notice, None, "selecting and copying work");
    let refused = [
        Action::Delete,
        Action::Undo,
        Action::Paste,
        Action::Nudge { dx: 10.0, dy: 0.0 },
        Action::SetTitle("changed".into()),
        Action::SetLabel {
            id: vpc.clone(),
            label: "x".into(),
        },
        Action::AddNode {
            kind: S3Bucket,
            x: 900.0,
            y: 900.0,
            view: None,
        },
        Action::Move {
            ids: vec![vpc.clone()],
            dx: 50.0,
            dy: 0.0,
            gesture: 1,
        },
        Action::Resize {
            id: vpc.clone(),
            w: 900.0,
            h: 900.0,
            gesture: 2,
        },
    ];
    for action in refused {
        ed.apply(action.clone());
        assert_eq!(
            ed.notice,
            Some(Message::new(err::EDIT_LOCKED)),
            "{action:?} is refused"
        );
    }
    assert_eq!(*ed.doc(), doc, "nothing changed");
    assert_eq!((ed.rev, ed.sem_rev), (rev, sem_rev));
    assert!(!ed.in_gesture());

    // Unlocked, the design is edited as before, with its undo history.
    ed.apply(Action::Lock(false));
    ed.apply(Action::Undo);
    assert_eq!(ed.notice, None);
    assert_eq!(ed.doc().nodes.len(), 1);
}

#[test]
fn loading_into_a_locked_editor_unlocks_it_with_nothing_to_undo() {
    let (mut ed, _, _) = vpc_with_subnet();
    ed.apply(Action::Lock(true));
    let design = ed.design();
    let mut bad = Document::default();
    bad.nodes.push(Node::new("s", PrivateSubnet));
    bad.nodes[0].parent = Some("nowhere".into());
    ed.apply(Action::Load(bad));
    assert!(
        ed.notice.is_some(),
        "a document that does not validate is refused"
    );
    assert!(ed.locked(), "and the lock stays");
    assert_eq!(ed.doc().nodes.len(), 2);

    let mut other = Document::default();
    other.nodes.push(Node::new("b", S3Bucket));
    ed.apply(Action::Load(other.clone()));
    assert_eq!(ed.notice, None);
    assert!(!ed.locked());
    assert_ne!(ed.design(), design);
    assert_eq!(*ed.doc(), other);
    assert!(
        !ed.can_undo() && !ed.can_redo(),
        "undo cannot go back into the locked design"
    );
}

//! UI wiring tests, run in headless Chromium by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test web` (the runner and
//! its browser options are set in `.cargo/config.toml`). Each test mounts the
//! app into its own `<div>` and waits with `yew::scheduler::flush`, never a
//! sleep.

#![cfg(target_arch = "wasm32")]

use airlock::ui::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app into a new `<div>` on the page and returns the `<div>`.
async fn mount() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("the div is attached");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn by_test_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .expect("a valid selector")
}

#[wasm_bindgen_test]
async fn app_shell_renders_palette_canvas_and_findings() {
    let root = mount().await;

    for id in ["app", "palette", "canvas", "findings"] {
        assert!(
            by_test_id(&root, id).is_some(),
            "no element with data-testid={id}"
        );
    }
    let brand = root
        .query_selector("header .brand")
        .expect("a valid selector")
        .expect("a brand in the header");
    assert_eq!(brand.text_content().as_deref(), Some("Airlock"));
}

/// Mounts the app with a document already open.
async fn mount_with(doc: airlock::model::Document) -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().unwrap().append_child(&root).unwrap();
    let props = airlock::ui::AppProps {
        initial: Some(std::rc::Rc::new(doc)),
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn finding_ids(root: &Element) -> Vec<String> {
    let list = root
        .query_selector_all("[data-testid=findings] li.finding")
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute("data-testid"))
        .map(|id| id.trim_start_matches("finding-").to_string())
        .collect()
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn enter_on_a_palette_item_adds_the_node_to_the_canvas() {
    let root = mount().await;
    assert!(by_test_id(&root, "node-s3-bucket").is_none());
    let item = by_test_id(&root, "palette-s3-bucket").expect("a palette item");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    item.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    let node = by_test_id(&root, "node-s3-bucket").expect("the bucket is on the canvas");
    assert_eq!(
        node.get_attribute("data-kind").as_deref(),
        Some("s3-bucket")
    );
    assert!(
        by_test_id(&root, "empty-state").is_none(),
        "the empty-canvas hint is gone"
    );
}

#[wasm_bindgen_test]
async fn changing_a_flows_transport_updates_the_findings_list() {
    let doc = airlock::model::from_json(include_str!(
        "../static/examples/dms-over-ssl-where-ipsec-required.json"
    ))
    .unwrap();
    let root = mount_with(doc).await;
    assert_eq!(finding_ids(&root), ["ENC001@pg-dms"]);

    // Select the hop by pointer, then declare IPsec on it in the inspector.
    let flow = by_test_id(&root, "flow-pg-dms").expect("the hop is drawn");
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_button(0);
    let down = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    flow.dispatch_event(&down).unwrap();
    yew::scheduler::flush().await;
    let select: web_sys::HtmlSelectElement = by_test_id(&root, "flow-transport")
        .expect("the flow inspector is open")
        .dyn_into()
        .unwrap();
    assert_eq!(select.value(), "none");
    select.set_value("ipsec");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(finding_ids(&root).is_empty(), "{:?}", finding_ids(&root));
    assert_eq!(
        by_test_id(&root, "findings-count")
            .and_then(|e| e.text_content())
            .as_deref(),
        Some("0")
    );
}

#[wasm_bindgen_test]
async fn a_routed_flow_is_drawn_as_its_hops_and_the_inspector_names_its_route() {
    use airlock::model::{Document, Flow, Kind, Node};
    let mut doc = Document::default();
    for (id, kind, label, x) in [
        ("db", Kind::OnPremisesDatabase, "Orders", 0.0),
        ("vpn", Kind::SiteToSiteVpn, "Corporate VPN", 300.0),
        ("glue", Kind::GlueJob, "ETL", 600.0),
    ] {
        let mut n = Node::new(id, kind);
        n.label = label.into();
        n.x = x;
        doc.nodes.push(n);
    }
    let mut f = Flow::new("f", "db", "glue");
    f.via = vec!["vpn".into()];
    doc.flows.push(f);
    let root = mount_with(doc).await;
    let flow = by_test_id(&root, "flow-f").expect("the flow is drawn");
    assert_eq!(flow.get_attribute("data-hops").as_deref(), Some("2"));
    assert_eq!(flow.query_selector_all(".hop").unwrap().length(), 2);
    assert_eq!(flow.query_selector_all(".chip").unwrap().length(), 1);
    // Pressing the first hop selects the whole flow.
    let hop = by_test_id(&root, "hop-f-0").expect("the first hop");
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_button(0);
    let down = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    hop.dispatch_event(&down).unwrap();
    yew::scheduler::flush().await;
    let route = by_test_id(&root, "flow-route").expect("the flow inspector is open");
    assert_eq!(
        route.text_content().as_deref(),
        Some("Route: Orders → Corporate VPN → ETL")
    );
    let options = by_test_id(&root, "flow-transport")
        .unwrap()
        .query_selector_all("option")
        .unwrap()
        .length();
    assert_eq!(options, 3, "none, TLS and IPsec; never MACsec");
    // Removing the VPN from the route leaves one hop.
    let remove: web_sys::HtmlElement = by_test_id(&root, "route-remove-vpn")
        .expect("a button per connectivity node")
        .dyn_into()
        .unwrap();
    remove.click();
    yew::scheduler::flush().await;
    let flow = by_test_id(&root, "flow-f").unwrap();
    assert_eq!(flow.get_attribute("data-hops").as_deref(), Some("1"));
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_banner_that_saves_the_design() {
    let doc = airlock::model::from_json(include_str!(
        "../static/examples/glue-in-vpc-private-subnets.json"
    ))
    .unwrap();
    let _root = mount_with(doc).await;
    airlock::ui::panic::show_crash_banner("boom");
    let document = web_sys::window().unwrap().document().unwrap();
    let banner = document
        .query_selector("[data-testid=crash]")
        .unwrap()
        .expect("the banner is on the page");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("(boom)"));
    let save = document
        .query_selector("[data-testid=crash-save]")
        .unwrap()
        .expect("a link that saves the design");
    assert_eq!(
        save.get_attribute("download").as_deref(),
        Some("airlock-design.json")
    );
    assert!(save.get_attribute("href").unwrap().starts_with("blob:"));
    // A second crash does not stack banners.
    airlock::ui::panic::show_crash_banner("again");
    assert_eq!(
        document
            .query_selector_all("[data-testid=crash]")
            .unwrap()
            .length(),
        1
    );
}

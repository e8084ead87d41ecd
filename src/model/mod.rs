//! The diagram document: what users draw, keep in git and share.
//!
//! A document is JSON (see `static/schema/airlock.schema.json`, generated
//! from these types). Nodes sit in zones through `parent`; flows connect
//! nodes; requirements say what the design must guarantee; suppressions
//! accept a finding with a written reason.

pub mod cidr;
mod declared;
pub use declared::{Declared, line_at};
mod kind;
mod load;
mod migrate;
pub(crate) use migrate::unique;
pub use migrate::{Arrows, join_arrows};
mod props;
mod schema;
pub mod validate;

pub use kind::{Group, Kind, Place, Role};
pub use load::{
    CURRENT_VERSION, LIMITS, Limits, LoadError, Loaded, Problem, from_json, from_value, json_size,
    load, load_value, migrate, to_json, too_large, try_to_json,
};
pub use props::{
    CATALOG, Dataset, LoadBalancer, PropField, PropSpec, PropType, PropValue, Props, Service,
    SslMode, spec, specs_for,
};
pub use schema::{SCHEMA_ID, schema};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A whole diagram.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The format version this document was written in.
    pub airlock: u32,
    /// Optional link to the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub requirements: Requirements,
    #[serde(default)]
    pub nodes: Vec<Node>,
    #[serde(default)]
    pub flows: Vec<Flow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            airlock: CURRENT_VERSION,
            schema: None,
            title: String::new(),
            description: String::new(),
            requirements: Requirements::default(),
            nodes: Vec::new(),
            flows: Vec::new(),
            suppressions: Vec::new(),
        }
    }
}

impl Document {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }
}

/// A component on the canvas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Stable id, unique among nodes and flows: letters, digits, `-`, `_`, `.`, `:`.
    pub id: String,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The id of the zone this node sits in; omitted at the top level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Canvas position of the top-left corner (absolute, not relative to the parent).
    #[serde(default, serialize_with = "coord")]
    pub x: f64,
    #[serde(default, serialize_with = "coord")]
    pub y: f64,
    /// Size; omitted: the kind's default size.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_coord"
    )]
    pub w: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_coord"
    )]
    pub h: Option<f64>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub props: Props,
}

/// Whole coordinates are written as integers (`40`, not `40.0`).
fn coord<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_coord<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => coord(v, s),
        None => s.serialize_none(),
    }
}

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

impl Node {
    pub fn new(id: impl Into<String>, kind: Kind) -> Node {
        Node {
            id: id.into(),
            kind,
            label: String::new(),
            parent: None,
            x: 0.0,
            y: 0.0,
            w: None,
            h: None,
            props: Props::default(),
        }
    }

    /// What to call the node in messages: its label, else its id.
    pub fn name(&self) -> &str {
        if self.label.trim().is_empty() {
            &self.id
        } else {
            &self.label
        }
    }

    /// The node for messages: `NAT gateway `x``, or just `` `x` `` when its
    /// name already says its kind (never "NAT gateway `NAT gateway`").
    pub fn titled(&self) -> String {
        let title = self.kind.title();
        let name = self.name();
        // Kind titles are ASCII: compare without allocating.
        let says_kind = name
            .as_bytes()
            .windows(title.len())
            .any(|w| w.eq_ignore_ascii_case(title.as_bytes()));
        if says_kind {
            format!("`{name}`")
        } else {
            format!("{title} `{name}`")
        }
    }

    pub fn width(&self) -> f64 {
        self.w.unwrap_or(self.kind.default_size().0)
    }
    pub fn height(&self) -> f64 {
        self.h.unwrap_or(self.kind.default_size().1)
    }
}

/// The protection a data flow's two ends apply themselves, end to end,
/// whatever the route: connectivity nodes route packets and can neither
/// end nor add it. Tunnels and links that the network adds (a
/// Site-to-Site VPN's IPsec, a Direct Connect link's MACsec) are
/// properties of those nodes, not of the flow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Transport {
    /// No encryption of its own.
    #[default]
    None,
    /// TLS (layer 7): the application protocol's own, end to end.
    Tls,
    /// IPsec (layer 3) that the two hosts run themselves, end to end (for
    /// example a self-managed tunnel between two EC2 instances).
    Ipsec,
    /// MACsec (layer 2). Only version-1 documents declared it on a hop; a
    /// data flow cannot (set `macsec` on the Direct Connect link instead).
    Macsec,
}

impl Transport {
    pub const ALL: [Transport; 4] = [Self::None, Self::Tls, Self::Ipsec, Self::Macsec];
    /// What a data flow may declare.
    pub const FOR_FLOWS: [Transport; 3] = [Self::None, Self::Tls, Self::Ipsec];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Tls => "tls",
            Self::Ipsec => "ipsec",
            Self::Macsec => "macsec",
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Tls => "TLS (L7)",
            Self::Ipsec => "IPsec (L3)",
            Self::Macsec => "MACsec (L2)",
        }
    }
}

/// A data flow: one conversation that moves data from a source end
/// (`from`: a store or a job) to a sink end (`to`), over one route
/// through the connectivity nodes in `via`, in order. Two pipelines that
/// share a VPN are two flows: data that enters the VPN for one never
/// leaves it toward the other.
///
/// `to` may be a connectivity node while a route is being drawn (the data
/// reaches it and goes no further); `from` may be one when the source is
/// not drawn (the flow then carries no known data).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub id: String,
    pub from: String,
    pub to: String,
    /// The connectivity nodes the route passes, from `from` to `to`
    /// (Site-to-Site VPN, Direct Connect, transit gateway, peering, NAT
    /// gateway, internet gateway, endpoints, the Internet). Empty: a direct
    /// connection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// What the two ends apply end to end (`tls`, or host-to-host `ipsec`).
    #[serde(default, skip_serializing_if = "is_default")]
    pub transport: Transport,
    /// The datasets this flow carries when the source selects a subset
    /// (for example a Glue job reading only non-sensitive tables).
    /// Omitted: all the data at the source. Allowed only where the source
    /// holds or processes data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only: Option<Vec<String>>,
}

impl Flow {
    /// The route's node ids in order: `from`, the `via` nodes, `to`.
    pub fn route(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.from.as_str())
            .chain(self.via.iter().map(String::as_str))
            .chain(std::iter::once(self.to.as_str()))
    }

    /// Whether the route passes or ends at node `id`.
    pub fn touches(&self, id: &str) -> bool {
        self.route().any(|n| n == id)
    }

    pub fn new(id: impl Into<String>, from: impl Into<String>, to: impl Into<String>) -> Flow {
        Flow {
            id: id.into(),
            from: from.into(),
            to: to.into(),
            via: Vec::new(),
            label: String::new(),
            transport: Transport::None,
            only: None,
        }
    }
}

/// Minimum protection required for transport between on-premises and AWS.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CloudTransport {
    /// No requirement.
    #[default]
    Any,
    /// Some encryption: TLS, IPsec or MACsec.
    Encrypted,
    /// IPsec (layer 3), as a Site-to-Site VPN gives.
    Ipsec,
}

impl CloudTransport {
    pub const ALL: [CloudTransport; 3] = [Self::Any, Self::Encrypted, Self::Ipsec];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Encrypted => "encrypted",
            Self::Ipsec => "ipsec",
        }
    }
}

/// Which data must be encrypted in transit inside AWS.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InTransit {
    #[default]
    Off,
    /// Hops that carry sensitive data.
    Sensitive,
    /// Every hop that carries data.
    All,
}

impl InTransit {
    pub const ALL: [InTransit; 3] = [Self::Off, Self::Sensitive, Self::All];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Sensitive => "sensitive",
            Self::All => "all",
        }
    }
}

/// What the design must guarantee. The same drawing can pass under one set
/// and fail under another.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requirements {
    /// Sensitive datasets never leave the on-premises network.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive_data_stays_on_premises: bool,
    /// Models are trained and evaluated only on non-sensitive data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub train_only_on_non_sensitive_data: bool,
    /// Minimum protection for transport between on-premises and AWS.
    #[serde(default, skip_serializing_if = "is_default")]
    pub cloud_transport: CloudTransport,
    /// Data in transit inside AWS (in and between VPCs and AWS services) must be encrypted.
    #[serde(default, skip_serializing_if = "is_default")]
    pub in_transit_encryption: InTransit,
    /// No path from the pipeline's data to the Internet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_internet_egress: bool,
    /// Sensitive data stays in this AWS Region (data residency), e.g.
    /// `ap-northeast-2`: it is stored and received in AWS only there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive_data_region: Option<String>,
}

/// Accepts one finding, with a reason. Suppressed findings are still
/// reported, marked as suppressed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The rule code, e.g. `EGR001`.
    pub rule: String,
    /// What follows `@` in the finding id: a node or data-flow id.
    pub target: String,
    /// Why the finding is accepted. Required.
    pub reason: String,
}

//! A node's own properties: one flat, optional set, with a catalog saying
//! which kinds each property applies to, what it means and what an omitted
//! value defaults to. The loader, the inspector and the docs all read the
//! catalog, so a property is declared exactly once, here.

use super::Kind;
use super::Kind::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A dataset (for a database: a table) held by a data store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub name: String,
    /// Sensitive data (personal, financial, regulated). Default: false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
}

/// What fronts a PrivateLink endpoint service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LoadBalancer {
    /// Network Load Balancer.
    Nlb,
    /// Gateway Load Balancer.
    Gwlb,
    /// Application Load Balancer: cannot front an endpoint service directly.
    Alb,
    None,
}

impl LoadBalancer {
    pub const ALL: [LoadBalancer; 4] = [Self::Nlb, Self::Gwlb, Self::Alb, Self::None];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Nlb => "nlb",
            Self::Gwlb => "gwlb",
            Self::Alb => "alb",
            Self::None => "none",
        }
    }
}

/// SSL mode of a DMS endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SslMode {
    None,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub const ALL: [SslMode; 4] = [Self::None, Self::Require, Self::VerifyCa, Self::VerifyFull];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }
}

/// The AWS service a VPC endpoint is for: the last part of its service
/// name, `com.amazonaws.<region>.<service>`. Gateway endpoints exist only
/// for S3 and DynamoDB; the others are interface endpoints (AWS
/// PrivateLink). These are the ones a Glue or SageMaker pipeline in a
/// private subnet needs: its data (S3, DynamoDB), SageMaker's API and
/// runtime, credentials (STS, Secrets Manager), logs, and container
/// images (ECR's API and Docker registry).
#[derive(Debug, Hash, enumset::EnumSetType, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    S3,
    Dynamodb,
    SagemakerApi,
    SagemakerRuntime,
    Sts,
    Logs,
    EcrApi,
    EcrDkr,
    Secretsmanager,
}

impl Service {
    pub const ALL: [Service; 9] = [
        Self::S3,
        Self::Dynamodb,
        Self::SagemakerApi,
        Self::SagemakerRuntime,
        Self::Sts,
        Self::Logs,
        Self::EcrApi,
        Self::EcrDkr,
        Self::Secretsmanager,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::S3 => "s3",
            Self::Dynamodb => "dynamodb",
            Self::SagemakerApi => "sagemaker-api",
            Self::SagemakerRuntime => "sagemaker-runtime",
            Self::Sts => "sts",
            Self::Logs => "logs",
            Self::EcrApi => "ecr-api",
            Self::EcrDkr => "ecr-dkr",
            Self::Secretsmanager => "secretsmanager",
        }
    }

    /// The name AWS gives the endpoint's service, after
    /// `com.amazonaws.<region>.`: what messages show, in every language.
    pub fn aws_name(self) -> &'static str {
        match self {
            Self::SagemakerApi => "sagemaker.api",
            Self::SagemakerRuntime => "sagemaker.runtime",
            Self::EcrApi => "ecr.api",
            Self::EcrDkr => "ecr.dkr",
            other => other.as_str(),
        }
    }

    /// Whether a gateway endpoint can be for this service (S3, DynamoDB).
    pub fn has_gateway_endpoint(self) -> bool {
        matches!(self, Self::S3 | Self::Dynamodb)
    }

    /// The service a node of `kind` is reached through, when it is one of
    /// these: a bucket's is S3, a table's DynamoDB, a SageMaker job's or
    /// notebook's the SageMaker API, a model's (its endpoint's) the
    /// SageMaker runtime. Anything else (an endpoint service, an instance)
    /// is none of them.
    pub fn of_kind(kind: Kind) -> Option<Service> {
        match kind {
            S3Bucket => Some(Self::S3),
            DynamodbTable => Some(Self::Dynamodb),
            SagemakerTrainingJob | SagemakerNotebook => Some(Self::SagemakerApi),
            SagemakerModel => Some(Self::SagemakerRuntime),
            _ => None,
        }
    }
}

/// The editor's view of one property value.
#[derive(Clone, Debug, PartialEq)]
pub enum PropValue {
    Bool(bool),
    Text(String),
    Count(u32),
    List(Vec<String>),
    Datasets(Vec<Dataset>),
    Choice(&'static str),
}

/// How the inspector edits a property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropType {
    Bool,
    Text,
    Count,
    /// A list of CIDR blocks or security-group ids.
    List,
    Datasets,
    /// One of fixed choices.
    Choice(&'static [&'static str]),
    /// The id of another node, of the given kind.
    NodeRef(Kind),
}

/// One property in the catalog.
#[derive(Debug)]
pub struct PropSpec {
    pub key: &'static str,
    pub title: &'static str,
    pub help: &'static str,
    /// What an omitted value means (AWS's own default where it has one).
    pub default: &'static str,
    pub ty: PropType,
    pub kinds: &'static [Kind],
}

impl PropSpec {
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// Conversion between a property's stored type and the editor's value.
pub trait PropField: Sized {
    fn to_value(&self) -> PropValue;
    fn from_value(value: PropValue) -> Option<Self>;
}

impl PropField for bool {
    fn to_value(&self) -> PropValue {
        PropValue::Bool(*self)
    }
    fn from_value(value: PropValue) -> Option<Self> {
        match value {
            PropValue::Bool(b) => Some(b),
            _ => None,
        }
    }
}

impl PropField for String {
    fn to_value(&self) -> PropValue {
        PropValue::Text(self.clone())
    }
    fn from_value(value: PropValue) -> Option<Self> {
        match value {
            PropValue::Text(s) => Some(s),
            _ => None,
        }
    }
}

impl PropField for u32 {
    fn to_value(&self) -> PropValue {
        PropValue::Count(*self)
    }
    fn from_value(value: PropValue) -> Option<Self> {
        match value {
            PropValue::Count(n) => Some(n),
            _ => None,
        }
    }
}

impl PropField for Vec<String> {
    fn to_value(&self) -> PropValue {
        PropValue::List(self.clone())
    }
    fn from_value(value: PropValue) -> Option<Self> {
        match value {
            PropValue::List(l) => Some(l),
            _ => None,
        }
    }
}

impl PropField for Vec<Dataset> {
    fn to_value(&self) -> PropValue {
        PropValue::Datasets(self.clone())
    }
    fn from_value(value: PropValue) -> Option<Self> {
        match value {
            PropValue::Datasets(d) => Some(d),
            _ => None,
        }
    }
}

macro_rules! choice_field {
    ($ty:ty) => {
        impl PropField for $ty {
            fn to_value(&self) -> PropValue {
                PropValue::Choice(self.as_str())
            }
            fn from_value(value: PropValue) -> Option<Self> {
                match value {
                    PropValue::Choice(c) => <$ty>::ALL.into_iter().find(|v| v.as_str() == c),
                    _ => None,
                }
            }
        }
    };
}
choice_field!(LoadBalancer);
choice_field!(SslMode);
choice_field!(Service);

macro_rules! props {
    ($(
        $(#[doc = $help:literal])+
        $name:ident: $ty:ty, $title:literal, $ptype:expr, default $default:literal, [$($kind:ident),+ $(,)?];
    )+) => {
        /// A node's kind-specific properties. Every field is optional; an
        /// omitted field takes the default documented in [`CATALOG`].
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Props {
            $(
                $(#[doc = $help])+
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $name: Option<$ty>,
            )+
        }

        /// Every property, in inspector order.
        pub const CATALOG: &[PropSpec] = &[$(
            PropSpec {
                key: stringify!($name),
                title: $title,
                help: concat!($($help),+),
                default: $default,
                ty: $ptype,
                kinds: &[$($kind),+],
            },
        )+];

        impl Props {
            /// The keys that are set, in catalog order.
            pub fn keys(&self) -> Vec<&'static str> {
                let mut keys = Vec::new();
                $(if self.$name.is_some() { keys.push(stringify!($name)); })+
                keys
            }

            /// The value of `key`, if set.
            pub fn get(&self, key: &str) -> Option<PropValue> {
                match key {
                    $(stringify!($name) => self.$name.as_ref().map(PropField::to_value),)+
                    _ => None,
                }
            }

            /// Sets (`Some`) or clears (`None`) `key`. Returns false when the
            /// key is unknown or the value has the wrong type.
            pub fn set(&mut self, key: &str, value: Option<PropValue>) -> bool {
                match key {
                    $(stringify!($name) => match value {
                        None => { self.$name = None; true }
                        Some(v) => match <$ty as PropField>::from_value(v) {
                            Some(v) => { self.$name = Some(v); true }
                            None => false,
                        },
                    },)+
                    _ => false,
                }
            }
        }
    };
}

props! {
    /// The Region code, e.g. `eu-west-1`. A VPC or bucket drawn inside a
    /// Region takes that Region's code when this is omitted.
    region: String, "Region", PropType::Text, default "the enclosing Region", [AwsRegion, Vpc, S3Bucket, DynamodbTable];
    /// The VPC's IPv4 CIDR block, e.g. `10.0.0.0/16`.
    cidr: String, "CIDR block", PropType::Text, default "unknown", [Vpc];
    /// The datasets (tables) this store holds and which are sensitive.
    datasets: Vec<Dataset>, "Datasets", PropType::Datasets, default "none", [OnPremisesDatabase, OnPremisesServer, RdsInstance, S3Bucket, DynamodbTable, Ec2Instance];
    /// Network isolation: the container can make no outbound network calls.
    network_isolation: bool, "Network isolation", PropType::Bool, default "false (AWS default: off)", [SagemakerTrainingJob, SagemakerModel];
    /// Encrypts traffic between training containers in distributed training.
    inter_container_encryption: bool, "Inter-container traffic encryption", PropType::Bool, default "false (AWS default: off)", [SagemakerTrainingJob];
    /// Number of training instances; more than one makes training distributed.
    instance_count: u32, "Instance count", PropType::Count, default "1", [SagemakerTrainingJob];
    /// The notebook instance can reach the Internet through SageMaker's network.
    direct_internet_access: bool, "Direct internet access", PropType::Bool, default "true (AWS default: Enabled)", [SagemakerNotebook];
    /// Users have root access on the notebook instance. Not an egress control.
    root_access: bool, "Root access", PropType::Bool, default "true (AWS default: Enabled)", [SagemakerNotebook];
    /// IP ranges allowed to open the notebook's presigned URL (an `aws:SourceIp`
    /// condition on CreatePresignedNotebookInstanceUrl). Empty: any IP.
    presigned_url_allowed_cidrs: Vec<String>, "Presigned-URL allowed IPs", PropType::List, default "any IP", [SagemakerNotebook];
    /// Encryption at rest (a KMS key, or an IAM policy requiring it). Protects
    /// stored data; never credited for egress or in-transit protection.
    encryption_at_rest: bool, "Encryption at rest (KMS)", PropType::Bool, default "false", [S3Bucket, DynamodbTable, RdsInstance, SagemakerTrainingJob, SagemakerNotebook, SagemakerModel, OnPremisesDatabase, OnPremisesServer, Ec2Instance];
    /// The instance has a public IP address (and, for a database, a public
    /// DNS name). AWS's default is false for RDS and true for a DMS
    /// replication instance.
    publicly_accessible: bool, "Publicly accessible", PropType::Bool, default "false for RDS; true for DMS (AWS defaults)", [RdsInstance, DmsReplication];
    /// The `rds.force_ssl` parameter: the database refuses connections without SSL/TLS.
    force_ssl: bool, "Force SSL", PropType::Bool, default "false", [RdsInstance];
    /// The security group of the node's network interface, e.g. `sg-glue`.
    security_group: String, "Security group", PropType::Text, default "none", [GlueConnection, GlueJob, DmsReplication, SagemakerTrainingJob, SagemakerNotebook, SagemakerModel, Ec2Instance, InterfaceEndpoint];
    /// Inbound sources the database's security group admits: security-group
    /// ids (`sg-…`) or CIDR blocks (`0.0.0.0/0`).
    security_group_sources: Vec<String>, "Security group admits", PropType::List, default "nothing", [RdsInstance];
    /// `JDBC_ENFORCE_SSL`: the connection refuses JDBC without SSL.
    jdbc_enforce_ssl: bool, "JDBC_ENFORCE_SSL", PropType::Bool, default "false (AWS default)", [GlueConnection];
    /// The Glue connection that attaches this job to a VPC subnet.
    connection: String, "Glue connection", PropType::NodeRef(GlueConnection), default "none: the job's own subnet, if it is drawn in one", [GlueJob];
    /// What fronts the endpoint service.
    load_balancer: LoadBalancer, "Load balancer", PropType::Choice(&["nlb", "gwlb", "alb", "none"]), default "nlb", [EndpointService];
    /// MACsec (layer 2) encryption on the dedicated connection.
    macsec: bool, "MACsec", PropType::Bool, default "false", [DirectConnect];
    /// A private NAT gateway (connectivity type `private`): it translates addresses towards other networks and never reaches the Internet.
    private_nat: bool, "Private NAT gateway", PropType::Bool, default "false (public)", [NatGateway];
    /// The SSL mode of the DMS endpoints.
    ssl_mode: SslMode, "SSL mode", PropType::Choice(&["none", "require", "verify-ca", "verify-full"]), default "none (AWS default)", [DmsReplication];
    /// The Region of the service a cross-Region interface endpoint connects
    /// to (AWS PrivateLink cross-Region connectivity, for Amazon S3 or an
    /// endpoint service that allows the endpoint's Region), e.g. `us-west-2`.
    service_region: String, "Service Region (cross-Region)", PropType::Text, default "the endpoint's own Region", [InterfaceEndpoint];
    /// Regions the provider allows consumers' endpoints in (cross-Region
    /// access to the endpoint service), e.g. `us-west-2`.
    supported_regions: Vec<String>, "Supported Regions (cross-Region access)", PropType::List, default "its own Region only", [EndpointService];
    /// The AWS service the endpoint is for, as in com.amazonaws.<region>.<service>.
    service: Service, "Service", PropType::Choice(&["s3", "dynamodb", "sagemaker-api", "sagemaker-runtime", "sts", "logs", "ecr-api", "ecr-dkr", "secretsmanager"]), default "the service its routes lead to", [GatewayEndpoint, InterfaceEndpoint];
    /// A bucket policy denies requests without TLS (`aws:SecureTransport`).
    require_secure_transport: bool, "Require TLS (aws:SecureTransport)", PropType::Bool, default "false", [S3Bucket];
}

/// The catalog entry for `key`.
pub fn spec(key: &str) -> Option<&'static PropSpec> {
    CATALOG.iter().find(|p| p.key == key)
}

/// The catalog entries that apply to `kind`, in inspector order.
pub fn specs_for(kind: Kind) -> impl Iterator<Item = &'static PropSpec> {
    CATALOG.iter().filter(move |p| p.applies_to(kind))
}

/// Typed reads with the documented defaults, for the checker.
impl Props {
    pub fn datasets(&self) -> &[Dataset] {
        self.datasets.as_deref().unwrap_or(&[])
    }
    pub fn network_isolation(&self) -> bool {
        self.network_isolation.unwrap_or(false)
    }
    pub fn inter_container_encryption(&self) -> bool {
        self.inter_container_encryption.unwrap_or(false)
    }
    pub fn instance_count(&self) -> u32 {
        self.instance_count.unwrap_or(1)
    }
    pub fn direct_internet_access(&self) -> bool {
        self.direct_internet_access.unwrap_or(true)
    }
    pub fn presigned_url_allowed_cidrs(&self) -> &[String] {
        self.presigned_url_allowed_cidrs.as_deref().unwrap_or(&[])
    }
    /// Whether an RDS instance is publicly accessible (AWS default: no).
    pub fn publicly_accessible(&self) -> bool {
        self.publicly_accessible.unwrap_or(false)
    }
    /// Whether a DMS replication instance is publicly accessible (AWS
    /// default: yes, `PubliclyAccessible` defaults to true).
    pub fn dms_publicly_accessible(&self) -> bool {
        self.publicly_accessible.unwrap_or(true)
    }
    pub fn force_ssl(&self) -> bool {
        self.force_ssl.unwrap_or(false)
    }
    pub fn security_group_sources(&self) -> &[String] {
        self.security_group_sources.as_deref().unwrap_or(&[])
    }
    pub fn jdbc_enforce_ssl(&self) -> bool {
        self.jdbc_enforce_ssl.unwrap_or(false)
    }
    pub fn load_balancer(&self) -> LoadBalancer {
        self.load_balancer.unwrap_or(LoadBalancer::Nlb)
    }
    pub fn macsec(&self) -> bool {
        self.macsec.unwrap_or(false)
    }
    pub fn private_nat(&self) -> bool {
        self.private_nat.unwrap_or(false)
    }
    pub fn ssl_mode(&self) -> SslMode {
        self.ssl_mode.unwrap_or(SslMode::None)
    }
    pub fn require_secure_transport(&self) -> bool {
        self.require_secure_transport.unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_keys_are_unique_and_match_the_struct() {
        let mut keys: Vec<_> = CATALOG.iter().map(|p| p.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), CATALOG.len());
        let json = serde_json::to_value(Props::default()).unwrap();
        assert_eq!(json, serde_json::json!({}));
    }

    #[test]
    fn set_and_get_round_trip_and_reject_wrong_types() {
        let mut p = Props::default();
        assert!(p.set("network_isolation", Some(PropValue::Bool(true))));
        assert_eq!(p.get("network_isolation"), Some(PropValue::Bool(true)));
        assert!(!p.set("network_isolation", Some(PropValue::Count(3))));
        assert!(p.set("ssl_mode", Some(PropValue::Choice("verify-full"))));
        assert_eq!(p.ssl_mode(), SslMode::VerifyFull);
        assert!(!p.set("ssl_mode", Some(PropValue::Choice("bogus"))));
        assert!(!p.set("no_such_key", None));
        assert_eq!(p.keys(), vec!["network_isolation", "ssl_mode"]);
        assert!(p.set("network_isolation", None));
        assert_eq!(p.keys(), vec!["ssl_mode"]);
    }

    #[test]
    fn choice_types_list_exactly_the_enum_values() {
        let lb: Vec<_> = LoadBalancer::ALL.iter().map(|v| v.as_str()).collect();
        let ssl: Vec<_> = SslMode::ALL.iter().map(|v| v.as_str()).collect();
        assert_eq!(
            spec("load_balancer").unwrap().ty,
            PropType::Choice(&["nlb", "gwlb", "alb", "none"])
        );
        assert_eq!(
            PropType::Choice(&["nlb", "gwlb", "alb", "none"]),
            PropType::Choice(lb.leak())
        );
        assert_eq!(spec("ssl_mode").unwrap().ty, PropType::Choice(ssl.leak()));
    }
}

//! The component kinds a diagram can hold, and the fixed facts about each:
//! which palette group it belongs to, whether it is a zone (a container),
//! whether traffic passes *through* it (connectivity) and where it may sit.

use serde::{Deserialize, Serialize};

/// Every component of the domain (see docs/domain.md, "Vocabulary of a design").
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    // Zones
    OnPremisesNetwork,
    AwsRegion,
    Vpc,
    PublicSubnet,
    PrivateSubnet,
    Internet,
    // Connectivity
    SiteToSiteVpn,
    DirectConnect,
    VpcPeering,
    TransitGateway,
    NatGateway,
    InternetGateway,
    GatewayEndpoint,
    InterfaceEndpoint,
    EndpointService,
    // Services
    GlueJob,
    GlueConnection,
    DmsReplication,
    SagemakerTrainingJob,
    SagemakerNotebook,
    SagemakerModel,
    Ec2Instance,
    OnPremisesServer,
    OnPremisesUsers,
    // Data stores
    S3Bucket,
    DynamodbTable,
    RdsInstance,
    OnPremisesDatabase,
}

/// Palette groups, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Zones,
    Connectivity,
    Services,
    DataStores,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Zones,
        Group::Connectivity,
        Group::Services,
        Group::DataStores,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::Zones => "Zones",
            Group::Connectivity => "Connectivity",
            Group::Services => "Services",
            Group::DataStores => "Data stores",
        }
    }
}

/// What role a node plays in the flow graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A container; flows neither start nor end at it.
    Zone,
    /// Traffic passes through it; it holds no data of its own.
    Transit,
    /// Configuration that other nodes reference; not on any flow.
    Config,
    /// Processes, stores or receives data: where flows start and end.
    Endpoint,
}

/// Where a node may be drawn: its possible containers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// At the top level of the canvas, in no container.
    Top,
    In(Kind),
}

use Kind::*;

impl Kind {
    pub const ALL: [Kind; 28] = [
        OnPremisesNetwork,
        AwsRegion,
        Vpc,
        PublicSubnet,
        PrivateSubnet,
        Internet,
        SiteToSiteVpn,
        DirectConnect,
        VpcPeering,
        TransitGateway,
        NatGateway,
        InternetGateway,
        GatewayEndpoint,
        InterfaceEndpoint,
        EndpointService,
        GlueJob,
        GlueConnection,
        DmsReplication,
        SagemakerTrainingJob,
        SagemakerNotebook,
        SagemakerModel,
        Ec2Instance,
        OnPremisesServer,
        OnPremisesUsers,
        S3Bucket,
        DynamodbTable,
        RdsInstance,
        OnPremisesDatabase,
    ];

    /// The kebab-case name used in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            OnPremisesNetwork => "on-premises-network",
            AwsRegion => "aws-region",
            Vpc => "vpc",
            PublicSubnet => "public-subnet",
            PrivateSubnet => "private-subnet",
            Internet => "internet",
            SiteToSiteVpn => "site-to-site-vpn",
            DirectConnect => "direct-connect",
            VpcPeering => "vpc-peering",
            TransitGateway => "transit-gateway",
            NatGateway => "nat-gateway",
            InternetGateway => "internet-gateway",
            GatewayEndpoint => "gateway-endpoint",
            InterfaceEndpoint => "interface-endpoint",
            EndpointService => "endpoint-service",
            GlueJob => "glue-job",
            GlueConnection => "glue-connection",
            DmsReplication => "dms-replication",
            SagemakerTrainingJob => "sagemaker-training-job",
            SagemakerNotebook => "sagemaker-notebook",
            SagemakerModel => "sagemaker-model",
            Ec2Instance => "ec2-instance",
            OnPremisesServer => "on-premises-server",
            OnPremisesUsers => "on-premises-users",
            S3Bucket => "s3-bucket",
            DynamodbTable => "dynamodb-table",
            RdsInstance => "rds-instance",
            OnPremisesDatabase => "on-premises-database",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The human name shown in the palette and the inspector.
    pub fn title(self) -> &'static str {
        match self {
            OnPremisesNetwork => "On-premises network",
            AwsRegion => "AWS Region",
            Vpc => "VPC",
            PublicSubnet => "Public subnet",
            PrivateSubnet => "Private subnet",
            Internet => "Internet",
            SiteToSiteVpn => "Site-to-Site VPN",
            DirectConnect => "Direct Connect",
            VpcPeering => "VPC peering",
            TransitGateway => "Transit gateway",
            NatGateway => "NAT gateway",
            InternetGateway => "Internet gateway",
            GatewayEndpoint => "Gateway endpoint",
            InterfaceEndpoint => "Interface endpoint",
            EndpointService => "Endpoint service",
            GlueJob => "Glue job",
            GlueConnection => "Glue connection",
            DmsReplication => "DMS replication",
            SagemakerTrainingJob => "SageMaker training job",
            SagemakerNotebook => "SageMaker notebook",
            SagemakerModel => "SageMaker model",
            Ec2Instance => "EC2 instance",
            OnPremisesServer => "On-premises server",
            OnPremisesUsers => "On-premises users",
            S3Bucket => "S3 bucket",
            DynamodbTable => "DynamoDB table",
            RdsInstance => "RDS instance",
            OnPremisesDatabase => "On-premises database",
        }
    }

    /// One line on what the component is and does to traffic.
    pub fn summary(self) -> &'static str {
        match self {
            OnPremisesNetwork => "The company's own network; sensitive data is at home here.",
            AwsRegion => "An AWS Region; endpoints and endpoint services work only within one.",
            Vpc => "A virtual network with a CIDR block in one Region.",
            PublicSubnet => "A subnet routed to an internet gateway.",
            PrivateSubnet => "A subnet with no route from the Internet.",
            Internet => "The public Internet: anything that reaches it has left.",
            SiteToSiteVpn => {
                "IPsec (layer 3) tunnel between a customer gateway and a virtual private gateway."
            }
            DirectConnect => {
                "Private line to AWS; unencrypted unless MACsec is on or a VPN runs over it."
            }
            VpcPeering => {
                "1:1 link between two VPCs; not transitive, no customer-controlled encryption."
            }
            TransitGateway => "Hub that routes between many VPCs and VPNs; adds no encryption.",
            NatGateway => "Gives a private subnet a way out to the Internet: an egress path.",
            InternetGateway => "Connects a VPC's public subnets to the Internet.",
            GatewayEndpoint => {
                "Route-table entry to S3 or DynamoDB; same Region, only from inside its own VPC."
            }
            InterfaceEndpoint => {
                "PrivateLink ENI in a subnet; reachable from on-premises and peered VPCs."
            }
            EndpointService => {
                "PrivateLink provider, fronted by a Network or Gateway Load Balancer."
            }
            GlueJob => "AWS Glue ETL job; runs in a VPC only through a Glue connection.",
            GlueConnection => {
                "Places a Glue job's network interface in a subnet with a security group."
            }
            DmsReplication => {
                "AWS DMS replication; protects endpoints with SSL/TLS only, never IPsec."
            }
            SagemakerTrainingJob => {
                "SageMaker training job; network isolation blocks its outbound access."
            }
            SagemakerNotebook => {
                "SageMaker notebook instance; direct internet access is on unless turned off."
            }
            SagemakerModel => {
                "SageMaker model or endpoint; network isolation blocks outbound calls."
            }
            Ec2Instance => "EC2 instance, for example PostgreSQL run by the company.",
            OnPremisesServer => {
                "An application server in the company's data centre: sends or receives data."
            }
            OnPremisesUsers => "People on the company's network, such as analysts reading results.",
            S3Bucket => "S3 bucket in one Region; a public AWS service outside every VPC.",
            DynamodbTable => {
                "DynamoDB table in one Region; like S3, reached from a VPC through an endpoint."
            }
            RdsInstance => "Amazon RDS database in a VPC's subnets.",
            OnPremisesDatabase => "A database in the company's own data centre.",
        }
    }

    pub fn group(self) -> Group {
        match self {
            OnPremisesNetwork | AwsRegion | Vpc | PublicSubnet | PrivateSubnet | Internet => {
                Group::Zones
            }
            SiteToSiteVpn | DirectConnect | VpcPeering | TransitGateway | NatGateway
            | InternetGateway | GatewayEndpoint | InterfaceEndpoint | EndpointService => {
                Group::Connectivity
            }
            GlueJob | GlueConnection | DmsReplication | SagemakerTrainingJob
            | SagemakerNotebook | SagemakerModel | Ec2Instance | OnPremisesServer
            | OnPremisesUsers => Group::Services,
            S3Bucket | DynamodbTable | RdsInstance | OnPremisesDatabase => Group::DataStores,
        }
    }

    pub fn role(self) -> Role {
        match self {
            OnPremisesNetwork | AwsRegion | Vpc | PublicSubnet | PrivateSubnet => Role::Zone,
            GlueConnection => Role::Config,
            k if k.group() == Group::Connectivity => Role::Transit,
            _ => Role::Endpoint,
        }
    }

    /// Whether a data flow's route may pass through this kind (its `via`):
    /// connectivity, and the Internet (on-premises → Internet → S3 is one
    /// route over the Internet).
    pub fn is_passable(self) -> bool {
        self.role() == Role::Transit || self == Internet
    }

    /// A zone: drawn as a resizable box that contains other nodes.
    pub fn is_zone(self) -> bool {
        self.role() == Role::Zone
    }

    pub fn is_subnet(self) -> bool {
        matches!(self, PublicSubnet | PrivateSubnet)
    }

    /// Holds datasets of its own.
    pub fn is_store(self) -> bool {
        matches!(
            self,
            S3Bucket
                | DynamodbTable
                | RdsInstance
                | OnPremisesDatabase
                | Ec2Instance
                | OnPremisesServer
        )
    }

    /// An AWS service that a gateway endpoint can lead to (S3, DynamoDB):
    /// outside every VPC, reached from one through an endpoint or a way
    /// out.
    pub fn has_gateway_endpoint(self) -> bool {
        super::Service::of_kind(self).is_some_and(super::Service::has_gateway_endpoint)
    }

    /// In the company's own network by nature: drawn anywhere, it is
    /// on-premises (an on-premises network box says so for anything else).
    pub fn is_on_premises(self) -> bool {
        matches!(
            self,
            OnPremisesDatabase | OnPremisesServer | OnPremisesUsers
        )
    }

    /// A VPC endpoint, gateway or interface.
    pub fn is_endpoint(self) -> bool {
        matches!(self, GatewayEndpoint | InterfaceEndpoint)
    }

    pub fn is_sagemaker(self) -> bool {
        matches!(
            self,
            SagemakerTrainingJob | SagemakerNotebook | SagemakerModel
        )
    }

    pub fn is_database(self) -> bool {
        matches!(self, RdsInstance | OnPremisesDatabase | Ec2Instance)
    }

    /// Where this kind may be drawn. The first entry is the natural home.
    pub fn places(self) -> &'static [Place] {
        use Place::{In, Top};
        const ANY_AWS: &[Place] = &[
            Top,
            In(AwsRegion),
            In(Vpc),
            In(PrivateSubnet),
            In(PublicSubnet),
        ];
        match self {
            OnPremisesNetwork | AwsRegion | Internet => &[Top],
            Vpc => &[In(AwsRegion), Top],
            PublicSubnet | PrivateSubnet => &[In(Vpc)],
            SiteToSiteVpn | DirectConnect => &[Top, In(AwsRegion), In(Vpc), In(OnPremisesNetwork)],
            VpcPeering | TransitGateway => &[Top, In(AwsRegion)],
            NatGateway => &[In(PublicSubnet), In(PrivateSubnet), In(Vpc)],
            InternetGateway | GatewayEndpoint => &[In(Vpc)],
            InterfaceEndpoint | EndpointService => &[In(PrivateSubnet), In(PublicSubnet), In(Vpc)],
            GlueJob | DmsReplication | SagemakerTrainingJob | SagemakerNotebook
            | SagemakerModel => ANY_AWS,
            GlueConnection => &[In(PrivateSubnet), In(PublicSubnet)],
            Ec2Instance | RdsInstance => &[In(PrivateSubnet), In(PublicSubnet), In(Vpc)],
            S3Bucket | DynamodbTable => &[In(AwsRegion), Top],
            OnPremisesDatabase | OnPremisesServer | OnPremisesUsers => {
                &[In(OnPremisesNetwork), Top]
            }
        }
    }

    /// Whether a node of this kind may sit directly inside `container`
    /// (`None`: at the top level). Shared by the loader and the editor.
    pub fn may_sit_in(self, container: Option<Kind>) -> bool {
        let place = match container {
            None => Place::Top,
            Some(k) => Place::In(k),
        };
        self.places().contains(&place)
    }

    /// Default size on the canvas.
    pub fn default_size(self) -> (f64, f64) {
        match self {
            OnPremisesNetwork => (320.0, 260.0),
            AwsRegion => (640.0, 420.0),
            Vpc => (480.0, 320.0),
            PublicSubnet | PrivateSubnet => (220.0, 160.0),
            _ => (152.0, 52.0),
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde_and_parse() {
        for kind in Kind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn every_kind_has_a_place_and_zones_only_contain_valid_children() {
        for kind in Kind::ALL {
            assert!(!kind.places().is_empty(), "{kind} has nowhere to sit");
            for place in kind.places() {
                if let Place::In(container) = place {
                    assert!(container.is_zone(), "{kind} sits in non-zone {container}");
                }
            }
        }
        assert!(!PrivateSubnet.may_sit_in(None));
        assert!(PrivateSubnet.may_sit_in(Some(Vpc)));
        assert!(!S3Bucket.may_sit_in(Some(Vpc)));
    }
}

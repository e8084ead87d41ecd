//! Cell styles → Airlock kinds.
//!
//! A draw.io style is `name;key=value;…`. The *style key* of a cell names
//! its shape: for AWS 2019+ icons the `resIcon` (resource icons) or
//! `prIcon` (product icons), for AWS groups the `grIcon`, else `shape`,
//! else the style's first bare name (`text`, `ellipse`), else `rect` (a
//! plain rectangle). The report shows this key, and a user mapping
//! (`--map KEY=KIND`) is keyed by it.

use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use crate::model::Kind;

/// A parsed style.
pub struct Style<'a> {
    pairs: Vec<(&'a str, &'a str)>,
    names: Vec<&'a str>,
}

impl<'a> Style<'a> {
    pub fn parse(style: &'a str) -> Style<'a> {
        let mut pairs = Vec::new();
        let mut names = Vec::new();
        for part in style.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match part.split_once('=') {
                Some((k, v)) => pairs.push((k.trim(), v.trim())),
                None => names.push(part),
            }
        }
        Style { pairs, names }
    }

    /// The last value of `key` (draw.io lets a later entry win).
    pub fn get(&self, key: &str) -> Option<&'a str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|p| p.1)
    }

    pub fn has_name(&self, name: &str) -> bool {
        self.names.contains(&name)
    }

    fn first_name(&self) -> Option<&'a str> {
        self.names.first().copied()
    }
}

/// The style key of a vertex (see the module documentation).
pub fn style_key(style: &Style) -> String {
    let shape = style.get("shape");
    let icon = match shape {
        Some("mxgraph.aws4.resourceIcon") => style.get("resIcon"),
        Some("mxgraph.aws4.productIcon") => style.get("prIcon"),
        Some("mxgraph.aws4.group" | "mxgraph.aws4.groupCenter") => style.get("grIcon"),
        _ => None,
    };
    icon.or(shape)
        .or_else(|| style.first_name())
        .unwrap_or("rect")
        .to_string()
}

/// What a vertex is to the import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Node(Kind),
    /// A group Airlock has no zone for (AWS Cloud, Availability Zone,
    /// security group, account…): not a node; what it holds is placed in
    /// the zone around it. With the message id of what it is.
    Frame(&'static str),
    /// Text, a note or a label: no component.
    Text,
    Unknown,
}

/// The built-in reading of a vertex: by its style key, with the label
/// deciding where one icon stands for several kinds (a subnet's
/// public/private; an endpoint's gateway, "endpoint service" or
/// interface; SageMaker's notebook/model/training job; a Glue icon
/// labelled "Glue connection"). `notes` gets the choices made.
pub fn classify(key: &str, style: &Style, label: &str, notes: &mut Vec<Message>) -> Shape {
    let lower = label.to_ascii_lowercase();
    let (library, name) = match key.strip_prefix("mxgraph.aws4.") {
        Some(name) => (4, name),
        None => match key.strip_prefix("mxgraph.aws3.") {
            Some(name) => (3, name),
            None => (0, key),
        },
    };
    if library == 0 {
        return match name {
            "text" | "edgeLabel" | "label" | "note" => Shape::Text,
            // draw.io's own grouping (Arrange → Group): no meaning of its own.
            "group" => Shape::Frame(err::DRAWIO_FRAME_GROUP),
            _ if style.has_name("text") => Shape::Text,
            _ => Shape::Unknown,
        };
    }
    use Kind::*;
    let kind = match name {
        // Groups.
        "group_aws_cloud" | "group_aws_cloud_alt" | "aws_cloud" => {
            return Shape::Frame(err::DRAWIO_FRAME_CLOUD);
        }
        "group_availability_zone" | "availability_zone" => {
            return Shape::Frame(err::DRAWIO_FRAME_AZ);
        }
        "group_account" | "group_aws_account" => return Shape::Frame(err::DRAWIO_FRAME_ACCOUNT),
        "group_auto_scaling_group" | "auto_scaling_group" => {
            return Shape::Frame(err::DRAWIO_FRAME_AUTO_SCALING);
        }
        "group_spot_fleet" | "group_elastic_beanstalk" => {
            return Shape::Frame(err::DRAWIO_FRAME_INSTANCES);
        }
        "group_security_group" if style.get("grStroke") != Some("0") => {
            return Shape::Frame(err::DRAWIO_FRAME_SECURITY_GROUP);
        }
        "group_region" | "region" => AwsRegion,
        "group_vpc" | "group_vpc2" | "virtual_private_cloud" | "vpc" => Vpc,
        "group_corporate_data_center"
        | "group_on_premise"
        | "corporate_data_center"
        | "office_building" => OnPremisesNetwork,
        "group_subnet" | "group_security_group" => return subnet(style, &lower, label, notes),
        // Connectivity.
        "site_to_site_vpn"
        | "vpn_connection"
        | "vpn_gateway"
        | "customer_gateway"
        | "virtual_private_gateway" => SiteToSiteVpn,
        "direct_connect" | "direct_connect_gateway" => DirectConnect,
        "peering" | "vpc_peering" | "vpc_peering_connection" | "peering_connection" => VpcPeering,
        "transit_gateway" | "transit_gateway_attachment" => TransitGateway,
        "nat_gateway" | "vpc_nat_gateway" => NatGateway,
        "internet_gateway" => InternetGateway,
        "gateway_endpoint" => GatewayEndpoint,
        "endpoints" | "endpoint" | "vpc_endpoints" | "interface_endpoint" | "privatelink"
        | "vpc_privatelink" => {
            if lower.contains("gateway") {
                GatewayEndpoint
            } else if lower.contains("endpoint service") {
                EndpointService
            } else {
                InterfaceEndpoint
            }
        }
        "endpoint_service" => EndpointService,
        "internet" | "internet_alt1" | "internet_alt2" | "internet_2" | "internet_3" | "globe" => {
            Internet
        }
        // Services.
        "glue" | "aws_glue" if lower.contains("glue connection") => GlueConnection,
        "glue" | "glue_job" | "aws_glue" => GlueJob,
        "glue_connection" => GlueConnection,
        "database_migration_service" | "dms" | "database_migration_workflow_job" => DmsReplication,
        "sagemaker_notebook" | "sagemaker_notebook_instance" => SagemakerNotebook,
        "sagemaker_model" | "sagemaker_endpoint" => SagemakerModel,
        "sagemaker_train" | "sagemaker_training_job" => SagemakerTrainingJob,
        "sagemaker" | "sagemaker_ai" => {
            if lower.contains("notebook") {
                SagemakerNotebook
            } else if ["model", "endpoint", "inference"]
                .iter()
                .any(|w| lower.contains(w))
            {
                SagemakerModel
            } else {
                SagemakerTrainingJob
            }
        }
        "ec2"
        | "instance"
        | "instance2"
        | "instances"
        | "ec2_instance"
        | "ec2_instance_contents"
        // "EC2 instance contents" is a group drawn as one instance, with
        // what runs on it inside.
        | "group_ec2_instance_contents" => Ec2Instance,
        // The company's own servers and people.
        "traditional_server" | "server" | "servers" | "mainframe" => OnPremisesServer,
        "users" | "user" | "client" | "corporate_users" => OnPremisesUsers,
        // Data stores.
        "s3"
        | "simple_storage_service"
        | "simple_storage_service_s3"
        | "bucket"
        | "bucket_with_objects"
        | "s3_bucket" => S3Bucket,
        // DynamoDB's service icon, and the resource icon of its tables.
        "dynamodb" | "dynamodb_table" | "table" => DynamodbTable,
        "rds" | "aurora" | "rds_instance" | "db_instance" => RdsInstance,
        n if n.starts_with("rds_") || n.starts_with("aurora_") => RdsInstance,
        n if n.ends_with("_db_instance") => RdsInstance,
        // The generic database icon: Airlock's database outside AWS.
        "database" | "generic_database" => OnPremisesDatabase,
        _ => return Shape::Unknown,
    };
    Shape::Node(kind)
}

/// An AWS subnet group: public or private by its label, else by the
/// library's colours (green: public, teal or blue: private), else private
/// with a note.
fn subnet(style: &Style, lower: &str, label: &str, notes: &mut Vec<Message>) -> Shape {
    if lower.contains("public") {
        return Shape::Node(Kind::PublicSubnet);
    }
    if lower.contains("private") {
        return Shape::Node(Kind::PrivateSubnet);
    }
    let colour = |key| style.get(key).unwrap_or_default().to_ascii_uppercase();
    let colours = [
        colour("strokeColor"),
        colour("fillColor"),
        colour("fontColor"),
    ];
    let has = |set: &[&str]| colours.iter().any(|c| set.contains(&c.as_str()));
    if has(&["#7AA116", "#248814", "#F2F6E8"]) {
        Shape::Node(Kind::PublicSubnet)
    } else if has(&["#00A4A6", "#147EBA", "#E6F6F7"]) {
        Shape::Node(Kind::PrivateSubnet)
    } else {
        notes.push(
            Message::new(err::DRAWIO_SUBNET_GUESS).arg("label", Arg::Code(label.to_string())),
        );
        Shape::Node(Kind::PrivateSubnet)
    }
}

/// The `mxgraph.aws4` style export writes for a kind.
pub fn aws4_style(kind: Kind) -> String {
    use Kind::*;
    let group = |icon: &str, stroke: &str, fill: &str, font: &str| {
        format!(
            "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.{icon};strokeColor={stroke};fillColor={fill};verticalAlign=top;align=left;spacingLeft=30;fontColor={font};dashed=0;"
        )
    };
    let icon = |icon: &str, fill: &str| {
        format!(
            "sketch=0;points=[[0,0,0],[0.25,0,0],[0.5,0,0],[0.75,0,0],[1,0,0],[0,1,0],[0.25,1,0],[0.5,1,0],[0.75,1,0],[1,1,0],[0,0.25,0],[0,0.5,0],[0,0.75,0],[1,0.25,0],[1,0.5,0],[1,0.75,0]];outlineConnect=0;fontColor=#232F3E;fillColor={fill};strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.{icon};"
        )
    };
    // The resource icons draw.io draws as stencils of their own.
    let stencil = |name: &str, fill: &str| {
        format!(
            "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor={fill};strokeColor=none;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;pointerEvents=1;shape=mxgraph.aws4.{name};"
        )
    };
    let network = "#8C4FFF";
    match kind {
        OnPremisesNetwork => group("group_corporate_data_center", "#7D8998", "none", "#7D8998"),
        AwsRegion => group("group_region", "#00A4A6", "none", "#00A4A6") + "dashed=1;",
        Vpc => group("group_vpc2", "#8C4FFF", "none", "#8C4FFF"),
        // As draw.io's own "Public subnet" and "Private subnet" draw them.
        PublicSubnet => {
            group("group_security_group", "#7AA116", "#F2F6E8", "#248814") + "grStroke=0;"
        }
        PrivateSubnet => {
            group("group_security_group", "#00A4A6", "#E6F6F7", "#147EBA") + "grStroke=0;"
        }
        Internet => stencil("internet_alt2", "#232F3D"),
        SiteToSiteVpn => icon("site_to_site_vpn", network),
        DirectConnect => icon("direct_connect", network),
        // draw.io's "Peering Connection" (its library has no
        // `peering_connection` icon).
        VpcPeering => stencil("peering", network),
        TransitGateway => icon("transit_gateway", network),
        NatGateway => stencil("nat_gateway", network),
        InternetGateway => stencil("internet_gateway", network),
        // One endpoints stencil; the label says which (see `classify`).
        GatewayEndpoint => stencil("endpoints", network),
        InterfaceEndpoint => stencil("endpoints", network),
        EndpointService => icon("vpc_privatelink", network),
        GlueJob => icon("glue", "#8C4FFF"),
        GlueConnection => icon("glue", "#8C4FFF"),
        DmsReplication => icon("database_migration_service", "#C925D1"),
        SagemakerTrainingJob => stencil("sagemaker_train", "#01A88D"),
        SagemakerNotebook => stencil("sagemaker_notebook", "#01A88D"),
        SagemakerModel => stencil("sagemaker_model", "#01A88D"),
        Ec2Instance => icon("ec2", "#ED7100"),
        OnPremisesServer => stencil("traditional_server", "#7D8998"),
        OnPremisesUsers => stencil("users", "#232F3D"),
        S3Bucket => icon("s3", "#7AA116"),
        DynamodbTable => icon("dynamodb", "#C925D1"),
        RdsInstance => icon("rds", "#C925D1"),
        OnPremisesDatabase => stencil("generic_database", "#7D8998"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(style: &str, label: &str) -> Shape {
        let style = Style::parse(style);
        classify(&style_key(&style), &style, label, &mut Vec::new())
    }

    #[test]
    fn every_kind_exported_reads_back_as_itself() {
        for kind in Kind::ALL {
            // Where one icon stands for several kinds, the label says
            // (the export's labels are the user's; `airlock_kind` keeps
            // the kind).
            let label = match kind {
                Kind::GatewayEndpoint => "S3 gateway endpoint",
                Kind::EndpointService => "Endpoint service",
                Kind::GlueConnection => "Glue connection",
                _ => "",
            };
            let shape = kind_of(&aws4_style(kind), label);
            assert_eq!(shape, Shape::Node(kind), "{kind}");
        }
    }

    #[test]
    fn keys_and_labels_choose() {
        assert_eq!(
            kind_of(
                "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;",
                ""
            ),
            Shape::Node(Kind::S3Bucket)
        );
        assert_eq!(
            kind_of("shape=mxgraph.aws3.rds_db_instance;", ""),
            Shape::Node(Kind::RdsInstance)
        );
        assert_eq!(
            kind_of(
                "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_subnet;",
                "Public A"
            ),
            Shape::Node(Kind::PublicSubnet)
        );
        assert_eq!(
            kind_of("shape=mxgraph.aws4.endpoints;", "S3 gateway endpoint"),
            Shape::Node(Kind::GatewayEndpoint)
        );
        assert_eq!(kind_of("text;html=1;", "x"), Shape::Text);
        assert_eq!(kind_of("rounded=1;html=1;", "VPC"), Shape::Unknown);
        assert_eq!(style_key(&Style::parse("rounded=1;html=1;")), "rect");
        assert_eq!(style_key(&Style::parse("ellipse;html=1;")), "ellipse");
    }
}

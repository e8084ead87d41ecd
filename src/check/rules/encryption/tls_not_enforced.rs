//! # ENC004 tls-not-enforced
//!
//! ## What it does
//! Finds the ends of sensitive data flows that could refuse unencrypted
//! connections but do not: an S3 bucket without a bucket policy that
//! requires `aws:SecureTransport`, an RDS instance without `rds.force_ssl`,
//! a Glue JDBC connection without `JDBC_ENFORCE_SSL`, and a DMS replication
//! instance whose endpoints use SSL mode `none`.
//!
//! ## Why is this bad?
//! TLS that only the client chooses is one misconfigured client away from
//! plaintext: a job, a script or a tool that connects without TLS is
//! accepted. The server-side setting makes encryption in transit a
//! property of the design rather than of every client. A reviewer flags it
//! whatever the design's requirements; where a requirement already makes
//! an unencrypted flow a finding (ENC001, ENC002), this one says how to
//! make the encryption stick.
//!
//! ## Detection logic
//! Each node is reported once when a data flow carrying sensitive data
//! starts or ends at it (for a Glue connection: at a Glue job that uses it,
//! with a database at the other end), and its setting is off (the AWS
//! default for each of them: S3 accepts HTTP unless a policy denies it;
//! `rds.force_ssl` is off in most engines' default parameter groups;
//! `JDBC_ENFORCE_SSL` is off; DMS endpoints default to SSL mode `none`).
//! Severity is low: it is hardening, and designs that need more are
//! already held to it by ENC001 and ENC002. Nodes that only see
//! non-sensitive data are not reported, so a design without sensitive
//! data stays clean.
//!
//! ## False positives
//! An RDS for PostgreSQL 15 or later instance on the default parameter
//! group already has `rds.force_ssl` on: set `"force_ssl": true` to say so.
//!
//! ## Example
//! `rds-instance (customers: sensitive) → glue-job` with `force_ssl`
//! omitted.
//!
//! ## Use instead
//! `"force_ssl": true` on the database, `"require_secure_transport": true`
//! on the bucket, `"jdbc_enforce_ssl": true` on the Glue connection,
//! `"ssl_mode": "verify-full"` on DMS.
//!
//! ## References
//! - Checkov: CKV_AWS_379 "Ensure AWS S3 bucket is configured with secure data transport policy"; Prowler: `s3_bucket_secure_transport_policy`
//! - Checkov: CKV2_AWS_69 "Ensure AWS RDS database instance configured with encryption in transit"; Prowler: `rds_instance_transport_encrypted`
//! - Prowler: `glue_database_connections_ssl_enabled` (`JDBC_ENFORCE_SSL`)
//! - Checkov: CKV2_AWS_49 "Ensure AWS Database Migration Service endpoints have SSL configured"; Prowler: `dms_endpoint_ssl_enabled`
//! - AWS: "Using SSL/TLS to encrypt a connection to a DB instance or cluster" (Amazon RDS); "Using SSL with AWS Database Migration Service"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "ENC004",
    name: "tls-not-enforced",
    family: Family::Encryption,
    severity: Severity::Low,
    doc: docs::TLS_NOT_ENFORCED,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[
        Kind::S3Bucket,
        Kind::RdsInstance,
        Kind::GlueJob,
        Kind::DmsReplication,
    ])
}

/// What a node would need (a message id), if it could enforce TLS and
/// does not.
fn missing(cx: &Context, i: NodeIx) -> Option<&'static str> {
    let props = &cx.node(i).props;
    match cx.kind(i) {
        Kind::S3Bucket if !props.require_secure_transport() => Some(ids::ENC004_S3),
        Kind::RdsInstance if !props.force_ssl() => Some(ids::ENC004_RDS),
        Kind::DmsReplication if props.ssl_mode() == crate::model::SslMode::None => {
            Some(ids::ENC004_DMS)
        }
        Kind::GlueConnection if !props.jdbc_enforce_ssl() => Some(ids::ENC004_GLUE),
        _ => None,
    }
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    // The nodes that see sensitive data move, each once, with the first
    // route (a flag per node: linear however many are reported).
    let mut seen: Vec<(NodeIx, Trail)> = Vec::new();
    let mut marked = vec![false; cx.node_count()];
    let mut add = |i: NodeIx, trail: &dyn Fn() -> Trail| {
        if !marked[i.index()] && missing(cx, i).is_some() {
            marked[i.index()] = true;
            seen.push((i, trail()));
        }
    };
    for s in cx.segments() {
        if cx.carried_sensitive(s).is_empty() {
            continue;
        }
        let trail = || cx.trail_of_route(s);
        add(s.from, &trail);
        add(s.to, &trail);
        // A Glue job reading or writing a database through its connection.
        for (job, other) in [(s.from, s.to), (s.to, s.from)] {
            if cx.kind(job) == Kind::GlueJob
                && cx.kind(other).is_database()
                && let Some(c) = cx.connection_of(job)
            {
                add(c, &trail);
            }
        }
    }
    for (i, trail) in seen {
        let Some(what) = missing(cx, i) else { continue };
        out.push(Hit::new(
            i,
            Message::new(ids::ENC004_MESSAGE)
                .arg("node", cx.titled(i))
                .arg("missing", Message::new(what)),
            trail,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::SslMode;

    fn base(sensitive: bool) -> Builder {
        doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("rds", RdsInstance, "priv")
            .data(&[("customers", sensitive)])
            .node("conn", GlueConnection, "priv")
            .node("job", GlueJob, "")
            .props(|p| p.connection = Some("conn".into()))
            .node("gwe", GatewayEndpoint, "vpc")
            .node("s3", S3Bucket, "")
            .chain(&["rds", "job"])
            .chain(&["job", "gwe", "s3"])
            .all_transport(TLS)
    }

    #[test]
    fn table() {
        cases(
            "ENC004",
            vec![
                (
                    "nothing enforced",
                    base(true).build(),
                    vec!["ENC004@conn", "ENC004@rds", "ENC004@s3"],
                ),
                (
                    "everything enforced",
                    base(true)
                        .props_of("rds", |p| p.force_ssl = Some(true))
                        .props_of("conn", |p| p.jdbc_enforce_ssl = Some(true))
                        .props_of("s3", |p| p.require_secure_transport = Some(true))
                        .build(),
                    vec![],
                ),
                ("no sensitive data", base(false).build(), vec![]),
                (
                    "DMS with SSL mode none",
                    doc()
                        .node("vpc", Vpc, "")
                        .node("priv", PrivateSubnet, "vpc")
                        .node("rds", RdsInstance, "priv")
                        .data(&[("customers", true)])
                        .props(|p| p.force_ssl = Some(true))
                        .node("dms", DmsReplication, "priv")
                        .props(|p| p.ssl_mode = Some(SslMode::None))
                        .chain(&["rds", "dms"])
                        .build(),
                    vec!["ENC004@dms"],
                ),
            ],
        );
    }
}

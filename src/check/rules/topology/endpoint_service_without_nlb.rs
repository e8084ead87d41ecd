//! # NET006 endpoint-service-without-nlb
//!
//! ## What it does
//! Finds PrivateLink endpoint services that are not fronted by a Network
//! Load Balancer or a Gateway Load Balancer.
//!
//! ## Why is this bad?
//! An endpoint service is created from an NLB (for applications) or a
//! GWLB (for security appliances). An Application Load Balancer cannot be
//! one directly, and without a load balancer there is no service.
//!
//! ## Detection logic
//! An `endpoint-service` whose `load_balancer` is `alb` or `none` is
//! reported. An omitted `load_balancer` means `nlb`.
//!
//! ## False positives
//! An ALB placed behind an NLB (the ALB-type target group) is drawn as
//! `nlb`.
//!
//! ## Example
//! `"load_balancer": "alb"` on an `endpoint-service`.
//!
//! ## Use instead
//! `"load_balancer": "nlb"` (or `gwlb` for inline appliances); put an ALB
//! behind the NLB if layer-7 routing is needed.
//!
//! ## References
//! - AWS: "Share your services through AWS PrivateLink" (Network Load Balancer or Gateway Load Balancer)
//! - AWS: "Use an Application Load Balancer as a target of a Network Load Balancer" (Network Load Balancers guide)

use super::super::prelude::*;
use crate::model::LoadBalancer;

pub static RULE: Rule = Rule {
    code: "NET006",
    name: "endpoint-service-without-nlb",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::ENDPOINT_SERVICE_WITHOUT_NLB,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::EndpointService])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for svc in cx.nodes_of(Kind::EndpointService) {
        let lb = cx.node(svc).props.load_balancer();
        let what = match lb {
            LoadBalancer::Nlb | LoadBalancer::Gwlb => continue,
            LoadBalancer::Alb => ids::NET006_ALB,
            LoadBalancer::None => ids::NET006_NONE,
        };
        out.push(Hit::new(
            svc,
            Message::new(what).arg("service", cx.name(svc)),
            Trail::node(svc),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::LoadBalancer;

    #[test]
    fn table() {
        let svc = |lb: Option<LoadBalancer>| {
            doc()
                .node("vpc", Vpc, "")
                .node("s", PrivateSubnet, "vpc")
                .node("svc", EndpointService, "s")
                .props(|p| p.load_balancer = lb)
                .build()
        };
        cases(
            "NET006",
            vec![
                ("default nlb", svc(None), vec![]),
                ("gwlb", svc(Some(LoadBalancer::Gwlb)), vec![]),
                ("alb", svc(Some(LoadBalancer::Alb)), vec!["NET006@svc"]),
                ("none", svc(Some(LoadBalancer::None)), vec!["NET006@svc"]),
            ],
        );
    }
}

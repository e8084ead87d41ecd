# Each rule's title, why it matters and its general fix, by code.

egr001-title = Sensitive data has a path to the Internet
egr001-why = A NAT or internet gateway lets data leave the AWS network, encrypted or not
egr001-fix = Reach AWS services through VPC endpoints and remove the route through the NAT or internet gateway

egr002-title = SageMaker reached over the public network
egr002-why = Without an interface endpoint, SageMaker API calls and their data travel to public endpoints
egr002-fix = Route the flow through an interface VPC endpoint (PrivateLink) for SageMaker

egr003-title = Notebook presigned URLs open from any IP
egr003-why = Anyone holding a presigned URL outside the company network can open the notebook and its data
egr003-fix = Restrict CreatePresignedNotebookInstanceUrl with an aws:SourceIp condition to the company's IP ranges

egr004-title = Glue job not attached to a VPC
egr004-why = Without a VPC connection a Glue job reaches services over public networks your VPC does not govern
egr004-fix = Attach the job to a private subnet through a Glue connection (VPC, private subnet, security group)

egr005-title = S3 or DynamoDB reached from a VPC without an endpoint
egr005-why = Without an endpoint, traffic from the VPC goes to the service's public endpoints through a gateway
egr005-fix = Add a gateway endpoint for the service (S3 or DynamoDB) to the VPC and route the flow through it

egr006-title = Notebook has direct internet access
egr006-why = A notebook with direct internet access can send any data it opens to the Internet
egr006-fix = Disable direct internet access and reach AWS services through VPC endpoints

egr007-title = SageMaker container without network isolation
egr007-why = A container without network isolation can send the data it reads to the Internet
egr007-fix = Enable network isolation on the training job or model

egr008-title = Data has a path to the Internet where no egress is allowed
egr008-why = The design allows no Internet egress, and this flow's route reaches the Internet
egr008-fix = Reach AWS services through VPC endpoints and remove the route through the NAT or internet gateway

enc001-title = Wrong encryption layer where IPsec is required
enc001-why = TLS protects one application protocol at layer 7 and cannot meet a requirement for layer 3 IPsec
enc001-fix = Route the flow through a Site-to-Site VPN (IPsec), over the Internet or over Direct Connect

enc002-title = Data in transit without encryption
enc002-why = Peering, NAT, transit gateways and Direct Connect add no encryption, and IAM or at-rest encryption does not protect data on the wire
enc002-fix = Enable TLS on the flow and enforce it at the receiving end, or route it through a Site-to-Site VPN

enc003-title = Distributed training without inter-container encryption
enc003-why = Distributed training instances exchange training data over the network in the clear
enc003-fix = Enable inter-container traffic encryption on the training job

enc004-title = TLS not enforced by the server
enc004-why = TLS only the client chooses is one misconfigured client away from plaintext
enc004-fix = Turn on the server-side setting that refuses connections without TLS

loc001-title = Sensitive data leaves the on-premises network
loc001-why = Moving sensitive data into the cloud breaks localization at the crossing; filtering it later does not undo that
loc001-fix = Select only non-sensitive datasets at the source, so sensitive data never crosses

loc002-title = Model trained on sensitive data
loc002-why = A model trained on sensitive data can reveal it and falls under its rules
loc002-fix = Select only non-sensitive datasets on the way to the training job

loc003-title = Sensitive data outside the required Region
loc003-why = Data residency requires sensitive data to be stored and processed in one Region; encryption does not change where it is
loc003-fix = Keep the nodes that handle sensitive data in the required Region, or select only non-sensitive datasets on flows to other Regions

net001-title = Gateway endpoint used from outside its VPC
net001-why = A gateway endpoint is a route in its own VPC's route tables; on-premises and peered traffic cannot use it
net001-fix = Replace the gateway endpoint with an interface endpoint, which is reachable from on-premises and peered VPCs

net002-title = Gateway endpoint for a service other than S3 or DynamoDB
net002-why = Gateway endpoints exist only for S3 and DynamoDB; other services cannot be reached through one
net002-fix = Use an interface endpoint (PrivateLink) for that service

net003-title = Endpoint and service in different Regions
net003-why = VPC endpoints and endpoint services work only within one Region
net003-fix = Put the endpoint in a VPC in the service's Region

net004-title = Flow transits two VPC peerings
net004-why = VPC peering is not transitive, so a route through two peerings does not work
net004-fix = Peer the two VPCs directly, or connect them through a transit gateway

net005-title = Joined VPCs with overlapping CIDR blocks
net005-why = AWS cannot peer VPCs whose CIDR blocks overlap, nor route between them through a transit gateway
net005-fix = Re-address one VPC, or connect the services through PrivateLink instead

net006-title = Endpoint service not fronted by an NLB or GWLB
net006-why = PrivateLink endpoint services are created only from a Network or Gateway Load Balancer
net006-fix = Front the service with a Network Load Balancer (or a Gateway Load Balancer for appliances)

net007-title = Database publicly accessible
net007-why = A publicly accessible database, or one in a public subnet, can be reached from the Internet
net007-fix = Place the database in private subnets and turn public accessibility off

net008-title = Database security group admits an address range
net008-why = An address range admits every host in it, not just the jobs that use the database
net008-fix = Admit only the security groups of the jobs that use the database (for example the Glue connection's)

net009-title = Glue connection in a public subnet
net009-why = Glue's network interfaces have only private addresses and belong in private subnets
net009-fix = Move the Glue connection to a private subnet and reach S3 through a gateway endpoint

net010-title = Flow uses another VPC's gateway through a peering
net010-why = A peered VPC cannot use the other VPC's VPN, Direct Connect, internet gateway or NAT gateway
net010-fix = Connect the VPCs and the connection through a transit gateway, or give the VPC its own gateway

net011-title = Network-isolated SageMaker container drawn with a network connection
net011-why = A network-isolated container makes no network calls; SageMaker moves its data only through S3, EFS or FSx channels
net011-fix = Stage the data in S3 and pass it as an input channel, or turn network isolation off and reach the database through the VPC

net012-title = Flow between networks that nothing connects
net012-why = AWS routes a VPC's traffic only through what is attached to it; with nothing between the networks the flow cannot happen
net012-fix = Draw the VPN, Direct Connect, endpoint, peering or transit gateway the flow takes and route the flow through it

net013-title = Database security group does not admit the client
net013-why = A security group denies what it does not allow; the client's connection is refused
net013-fix = Add the client's security group to the database's inbound rule
net014-title = Route through an endpoint for another service
net014-why = A VPC endpoint carries traffic only to the service it was created for; traffic to any other service takes the VPC's other routes or fails
net014-fix = Route the flow through an endpoint for the service it reaches, or correct the endpoint's service
net015-title = Private notebook without the SageMaker endpoints it needs
net015-why = With direct internet access off and no way out, a notebook reaches SageMaker's API, runtime and STS only through interface endpoints in its VPC
net015-fix = Add interface endpoints for sagemaker.api, sagemaker.runtime and sts in the notebook's VPC

# Node kinds, as messages name them.

kind-on-premises-network = On-premises network
kind-aws-region = AWS Region
kind-vpc = VPC
kind-public-subnet = Public subnet
kind-private-subnet = Private subnet
kind-internet = Internet
kind-site-to-site-vpn = Site-to-Site VPN
kind-direct-connect = Direct Connect
kind-vpc-peering = VPC peering
kind-transit-gateway = Transit gateway
kind-nat-gateway = NAT gateway
kind-internet-gateway = Internet gateway
kind-gateway-endpoint = Gateway endpoint
kind-interface-endpoint = Interface endpoint
kind-endpoint-service = Endpoint service
kind-glue-job = Glue job
kind-glue-connection = Glue connection
kind-dms-replication = DMS replication
kind-sagemaker-training-job = SageMaker training job
kind-sagemaker-notebook = SageMaker notebook
kind-sagemaker-model = SageMaker model
kind-ec2-instance = EC2 instance
kind-on-premises-server = On-premises server
kind-on-premises-users = On-premises users
kind-s3-bucket = S3 bucket
kind-dynamodb-table = DynamoDB table
kind-rds-instance = RDS instance
kind-on-premises-database = On-premises database

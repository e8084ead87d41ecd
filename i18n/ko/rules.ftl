# 규칙별 제목, 문제가 되는 이유, 일반적인 수정 방법 (코드 순).

egr001-title = 민감 데이터에 인터넷으로 나가는 경로가 있음
egr001-why = NAT 게이트웨이나 인터넷 게이트웨이를 거치면 데이터가 암호화 여부와 관계없이 AWS 네트워크 밖으로 나갈 수 있습니다
egr001-fix = VPC 엔드포인트를 통해 AWS 서비스에 연결하고 NAT 게이트웨이 또는 인터넷 게이트웨이를 거치는 경로를 제거합니다

egr002-title = 퍼블릭 네트워크를 통해 SageMaker에 연결함
egr002-why = 인터페이스 엔드포인트가 없으면 SageMaker API 호출과 그 데이터가 퍼블릭 엔드포인트로 전송됩니다
egr002-fix = SageMaker용 인터페이스 VPC 엔드포인트(PrivateLink)를 통해 흐름을 라우팅합니다

egr003-title = 노트북 미리 서명된 URL을 모든 IP에서 열 수 있음
egr003-why = 회사 네트워크 밖에서도 미리 서명된 URL을 가진 사람이면 누구나 노트북과 그 데이터를 열 수 있습니다
egr003-fix = aws:SourceIp 조건으로 CreatePresignedNotebookInstanceUrl을 회사 IP 범위로 제한합니다

egr004-title = VPC에 연결되지 않은 Glue 작업
egr004-why = VPC 연결이 없는 Glue 작업은 VPC가 통제하지 않는 퍼블릭 네트워크를 통해 서비스에 연결합니다
egr004-fix = Glue 연결(VPC, 프라이빗 서브넷, 보안 그룹)을 통해 작업을 프라이빗 서브넷에 연결합니다

egr005-title = 엔드포인트 없이 VPC에서 S3 또는 DynamoDB에 연결함
egr005-why = 엔드포인트가 없으면 VPC의 트래픽이 게이트웨이를 거쳐 서비스의 퍼블릭 엔드포인트로 갑니다
egr005-fix = VPC에 해당 서비스(S3 또는 DynamoDB)의 게이트웨이 엔드포인트를 추가하고 흐름이 이를 거치도록 라우팅합니다

egr006-title = 노트북에 직접 인터넷 액세스가 있음
egr006-why = 직접 인터넷 액세스가 있는 노트북은 열어 본 모든 데이터를 인터넷으로 보낼 수 있습니다
egr006-fix = 직접 인터넷 액세스를 비활성화하고 VPC 엔드포인트를 통해 AWS 서비스에 연결합니다

egr007-title = 네트워크 격리가 없는 SageMaker 컨테이너
egr007-why = 네트워크 격리가 없는 컨테이너는 읽은 데이터를 인터넷으로 보낼 수 있습니다
egr007-fix = 훈련 작업 또는 모델에서 네트워크 격리를 활성화합니다

egr008-title = 인터넷 송신이 허용되지 않는 설계에서 데이터에 인터넷 경로가 있음
egr008-why = 설계는 인터넷 송신을 허용하지 않는데, 이 흐름의 경로는 인터넷에 도달합니다
egr008-fix = VPC 엔드포인트를 통해 AWS 서비스에 연결하고 NAT 게이트웨이 또는 인터넷 게이트웨이를 거치는 경로를 제거합니다

enc001-title = IPsec이 필요한 곳에 잘못된 암호화 계층 사용
enc001-why = TLS는 계층 7에서 하나의 애플리케이션 프로토콜만 보호하므로 계층 3 IPsec 요구 사항을 충족할 수 없습니다
enc001-fix = 인터넷 또는 Direct Connect를 통하는 Site-to-Site VPN(IPsec)으로 흐름을 라우팅합니다

enc002-title = 암호화되지 않은 전송 중 데이터
enc002-why = 피어링, NAT, 전송 게이트웨이, Direct Connect는 암호화를 추가하지 않으며, IAM이나 저장 데이터 암호화는 전송 중인 데이터를 보호하지 않습니다
enc002-fix = 흐름에서 TLS를 활성화하고 수신 측에서 강제하거나, Site-to-Site VPN을 통해 라우팅합니다

enc003-title = 컨테이너 간 암호화 없는 분산 훈련
enc003-why = 분산 훈련 인스턴스는 훈련 데이터를 네트워크에서 평문으로 주고받습니다
enc003-fix = 훈련 작업에서 컨테이너 간 트래픽 암호화를 활성화합니다

enc004-title = 서버가 TLS를 강제하지 않음
enc004-why = 클라이언트만 선택하는 TLS는 클라이언트 설정 하나만 잘못되어도 평문이 됩니다
enc004-fix = TLS가 없는 연결을 거부하는 서버 측 설정을 켭니다

loc001-title = 민감 데이터가 온프레미스 네트워크를 벗어남
loc001-why = 민감 데이터를 클라우드로 옮기면 경계를 넘는 순간 데이터 지역화가 깨지며, 나중에 걸러 내도 되돌릴 수 없습니다
loc001-fix = 소스에서 민감하지 않은 데이터 세트만 선택하여 민감 데이터가 경계를 넘지 않게 합니다

loc002-title = 민감 데이터로 훈련된 모델
loc002-why = 민감 데이터로 훈련된 모델은 그 데이터를 드러낼 수 있으며 해당 데이터의 규정을 적용받습니다
loc002-fix = 훈련 작업으로 가는 경로에서 민감하지 않은 데이터 세트만 선택합니다

loc003-title = 지정된 리전 밖의 민감 데이터
loc003-why = 데이터 레지던시 요구 사항에 따라 민감 데이터는 한 리전에서 저장하고 처리해야 하며, 암호화해도 데이터의 위치는 바뀌지 않습니다
loc003-fix = 민감 데이터를 다루는 노드를 지정된 리전에 두거나, 다른 리전으로 가는 흐름에서는 민감하지 않은 데이터 세트만 선택합니다

net001-title = VPC 밖에서 사용하는 게이트웨이 엔드포인트
net001-why = 게이트웨이 엔드포인트는 자체 VPC 라우팅 테이블의 경로이므로 온프레미스와 피어링된 트래픽은 이를 사용할 수 없습니다
net001-fix = 게이트웨이 엔드포인트를 온프레미스와 피어링된 VPC에서 연결할 수 있는 인터페이스 엔드포인트로 바꿉니다

net002-title = S3나 DynamoDB가 아닌 서비스용 게이트웨이 엔드포인트
net002-why = 게이트웨이 엔드포인트는 S3와 DynamoDB에만 있으며, 다른 서비스에는 게이트웨이 엔드포인트로 연결할 수 없습니다
net002-fix = 해당 서비스에는 인터페이스 엔드포인트(PrivateLink)를 사용합니다

net003-title = 엔드포인트와 서비스의 리전이 다름
net003-why = VPC 엔드포인트와 엔드포인트 서비스는 한 리전 안에서만 작동합니다
net003-fix = 서비스의 리전에 있는 VPC에 엔드포인트를 둡니다

net004-title = 흐름이 VPC 피어링 두 개를 거쳐 감
net004-why = VPC 피어링은 전이적이지 않으므로 피어링 두 개를 거치는 경로는 작동하지 않습니다
net004-fix = 두 VPC를 직접 피어링하거나 전송 게이트웨이로 연결합니다

net005-title = CIDR 블록이 겹치는 VPC를 연결함
net005-why = AWS는 CIDR 블록이 겹치는 VPC를 피어링할 수 없으며 전송 게이트웨이로 그 사이를 라우팅할 수도 없습니다
net005-fix = 한 VPC의 주소를 다시 지정하거나, 대신 PrivateLink로 서비스를 연결합니다

net006-title = NLB나 GWLB가 앞에 없는 엔드포인트 서비스
net006-why = PrivateLink 엔드포인트 서비스는 Network Load Balancer나 Gateway Load Balancer로만 만들 수 있습니다
net006-fix = 서비스 앞에 Network Load Balancer(어플라이언스라면 Gateway Load Balancer)를 둡니다

net007-title = 퍼블릭 액세스가 가능한 데이터베이스
net007-why = 퍼블릭 액세스가 가능하거나 퍼블릭 서브넷에 있는 데이터베이스는 인터넷에서 연결할 수 있습니다
net007-fix = 데이터베이스를 프라이빗 서브넷에 두고 퍼블릭 액세스를 끕니다

net008-title = 데이터베이스 보안 그룹이 주소 범위를 허용함
net008-why = 주소 범위는 데이터베이스를 사용하는 작업뿐 아니라 그 범위의 모든 호스트를 허용합니다
net008-fix = 데이터베이스를 사용하는 작업의 보안 그룹(예: Glue 연결의 보안 그룹)만 허용합니다

net009-title = 퍼블릭 서브넷에 있는 Glue 연결
net009-why = Glue의 네트워크 인터페이스에는 프라이빗 주소만 있으므로 프라이빗 서브넷에 있어야 합니다
net009-fix = Glue 연결을 프라이빗 서브넷으로 옮기고 게이트웨이 엔드포인트를 통해 S3에 연결합니다

net010-title = 흐름이 피어링을 거쳐 다른 VPC의 게이트웨이를 사용함
net010-why = 피어링된 VPC는 상대 VPC의 VPN, Direct Connect, 인터넷 게이트웨이, NAT 게이트웨이를 사용할 수 없습니다
net010-fix = VPC와 연결을 전송 게이트웨이로 연결하거나, VPC에 자체 게이트웨이를 둡니다

net011-title = 네트워크 격리된 SageMaker 컨테이너가 네트워크 연결과 함께 그려짐
net011-why = 네트워크 격리된 컨테이너는 네트워크 호출을 하지 않으며, SageMaker는 S3, EFS 또는 FSx 채널로만 데이터를 옮깁니다
net011-fix = 데이터를 S3에 준비해 입력 채널로 전달하거나, 네트워크 격리를 끄고 VPC를 통해 데이터베이스에 연결합니다

net012-title = 아무것도 연결하지 않는 네트워크 사이의 흐름
net012-why = AWS는 VPC에 연결된 것을 통해서만 VPC의 트래픽을 라우팅하므로, 네트워크 사이에 아무것도 없으면 흐름이 일어날 수 없습니다
net012-fix = 흐름이 거치는 VPN, Direct Connect, 엔드포인트, 피어링 또는 전송 게이트웨이를 그리고 흐름을 그쪽으로 라우팅합니다

net013-title = 데이터베이스 보안 그룹이 클라이언트를 허용하지 않음
net013-why = 보안 그룹은 허용하지 않은 것을 거부하므로 클라이언트의 연결이 거부됩니다
net013-fix = 데이터베이스의 인바운드 규칙에 클라이언트의 보안 그룹을 추가합니다
net014-title = 다른 서비스용 엔드포인트를 거치는 경로
net014-why = VPC 엔드포인트는 생성된 대상 서비스로 가는 트래픽만 전달하며, 다른 서비스로 가는 트래픽은 VPC의 다른 경로를 타거나 실패합니다
net014-fix = 흐름이 도달하는 서비스용 엔드포인트를 거치도록 라우팅하거나, 엔드포인트의 서비스를 바로잡습니다
net015-title = 필요한 SageMaker 엔드포인트가 없는 프라이빗 노트북
net015-why = 직접 인터넷 액세스가 꺼져 있고 밖으로 나가는 경로가 없으면, 노트북은 VPC 안의 인터페이스 엔드포인트를 통해서만 SageMaker API, 런타임, STS에 연결합니다
net015-fix = 노트북의 VPC에 sagemaker.api, sagemaker.runtime, sts용 인터페이스 엔드포인트를 추가합니다

# 메시지에서 부르는 노드 종류 이름.

kind-on-premises-network = 온프레미스 네트워크
kind-aws-region = AWS 리전
kind-vpc = VPC
kind-public-subnet = 퍼블릭 서브넷
kind-private-subnet = 프라이빗 서브넷
kind-internet = 인터넷
kind-site-to-site-vpn = Site-to-Site VPN
kind-direct-connect = Direct Connect
kind-vpc-peering = VPC 피어링
kind-transit-gateway = 전송 게이트웨이
kind-nat-gateway = NAT 게이트웨이
kind-internet-gateway = 인터넷 게이트웨이
kind-gateway-endpoint = 게이트웨이 엔드포인트
kind-interface-endpoint = 인터페이스 엔드포인트
kind-endpoint-service = 엔드포인트 서비스
kind-glue-job = Glue 작업
kind-glue-connection = Glue 연결
kind-dms-replication = DMS 복제
kind-sagemaker-training-job = SageMaker 훈련 작업
kind-sagemaker-notebook = SageMaker 노트북
kind-sagemaker-model = SageMaker 모델
kind-ec2-instance = EC2 인스턴스
kind-on-premises-server = 온프레미스 서버
kind-on-premises-users = 온프레미스 사용자
kind-s3-bucket = S3 버킷
kind-dynamodb-table = DynamoDB 테이블
kind-rds-instance = RDS 인스턴스
kind-on-premises-database = 온프레미스 데이터베이스

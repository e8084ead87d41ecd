## 앱 자체의 문구: 상단 표시줄, 팔레트, 검사기, 발견 사항 패널, 임베드,
## 단축키 안내. 코드, id, AWS API 이름과 설정은 그대로 둡니다.

## 상단 표시줄과 상태 표시줄
untitled-design = 제목 없는 설계
tools-label = 도구
templates = 템플릿
designs = 설계
designs-tooltip = 이 브라우저에 보관된 설계
undo = 실행 취소
undo-tooltip = 실행 취소 (Ctrl+Z)
redo = 다시 실행
redo-tooltip = 다시 실행 (Shift+Ctrl+Z)
zoom-out = 축소
zoom-out-tooltip = 축소 (−)
zoom-in = 확대
zoom-in-tooltip = 확대 (+)
fit = 맞춤
fit-tooltip = 콘텐츠에 맞춤 (0)
theme-label = 테마 전환
theme-tooltip = 밝은 테마 또는 어두운 테마
help = 도움말
help-tooltip = 키보드 단축키 (?)
findings-pill = { $count ->
    [0] 발견 사항 없음
   *[other] 발견 사항 { $count }개
}
findings-pill-paused = 일시 중지됨
status-line = 노드 { $nodes }개 · 흐름 { $flows }개 · 격자 { $grid } · { $zoom }%

## 빈 캔버스
empty-title = 데이터 파이프라인을 그리세요.
empty-text = 팔레트에서 구성 요소를 끌어다 놓습니다: 온프레미스 데이터베이스, VPN, Glue 작업, S3 버킷. 영역 안에 넣고, 서로 연결하고, 요구 사항을 정하면 발견 사항이 바로 표시됩니다.
open-template = 템플릿 열기

## 팔레트
palette-label = 팔레트
palette-search = 구성 요소 검색
palette-add = { $kind } 추가
palette-no-match = 일치하는 구성 요소가 없습니다.
palette-hint = 캔버스로 끌어다 놓거나, 항목에 포커스를 두고 Enter 키를 누릅니다.

## 캔버스
canvas-label = 다이어그램 캔버스
badge-tooltip = 발견 사항 { $count }개 — 클릭하면 표시합니다
glue-attached = 이 Glue 연결을 통해 VPC에서 실행됩니다
drag-to-connect = 끌어서 연결
drag-to-resize = 끌어서 크기 조정
flow-aria = 흐름, { $protection }
flow-aria-labelled = 흐름 { $label }, { $protection }

## 발견 사항 패널
findings = 발견 사항
findings-empty-design = 팔레트에서 구성 요소를 끌어다 놓거나 템플릿을 엽니다.
findings-none = 발견 사항이 없습니다. 규칙 { $run }개를 실행했고 { $skipped }개는 해당되지 않았습니다.
findings-ran = 규칙 { $run }개를 실행했고 { $skipped }개는 해당되지 않았습니다.
findings-checking = 검사 중…
findings-paused = 검사가 일시 중지되어(안전 모드) 아직 발견 사항을 알 수 없습니다.
findings-showing = 발견 사항 { $active }개 중 { $shown }개 표시, 대상:{" "}
show-all = 모두 표시
findings-more = { $more }개 더 보기 (아직 { $hidden }개 표시 안 됨)
lang-load-failed = { $lang } 텍스트를 불러오지 못해({ $reason }) 현재 언어로 계속 표시합니다. 앱의 파일에 접근할 수 있을 때 다시 시도하세요.
doc-loading = 불러오는 중…
doc-load-failed = 이 문서를 현재 언어로 불러오지 못했습니다({ $reason }). 영어 원문을 표시합니다.
suppressed-count = 억제됨 ({ $count })
finding-head-tooltip = 캔버스에 경로 표시
finding-path = 경로{" "}
finding-why = 이유{" "}
finding-fix = 해결{" "}
finding-suppressed = 억제됨{" "}
finding-about = { $code } 정보
unsuppress = 억제 해제
suppress-start = 억제…
suppress-reason = 이 발견 사항을 허용하는 이유는 무엇입니까?
suppress-reason-label = 이유
suppress = 억제
cancel = 취소
severity-critical = 심각
severity-high = 높음
severity-medium = 중간
severity-low = 낮음
severity-count-critical = 심각 { $count }
severity-count-high = 높음 { $count }
severity-count-medium = 중간 { $count }
severity-count-low = 낮음 { $count }

## 검사기
inspector-label = 검사기
selected-count = 노드 { $nodes }개, 흐름 { $flows }개 선택됨
delete-selection = 선택 항목 삭제
design = 설계
design-title = 제목
design-description = 설명
requirements = 요구 사항
requirements-help = 이 설계가 보장해야 하는 것입니다. 같은 그림이라도 요구 사항에 따라 통과하거나 실패할 수 있습니다.
req-stays-on-premises = 민감 데이터는 온프레미스에 유지
req-train-non-sensitive = 모델은 민감하지 않은 데이터로만 훈련
req-no-egress = 파이프라인 데이터에서 인터넷으로 가는 경로 없음
req-sensitive-region = 민감 데이터를 유지할 리전
req-sensitive-region-placeholder = 모든 리전 (예: ap-northeast-2)
req-cloud-transport = 온프레미스와 AWS 간 전송
req-cloud-transport-any = 요구 사항 없음
req-cloud-transport-encrypted = 암호화 (TLS, IPsec 또는 MACsec)
req-cloud-transport-ipsec = IPsec (계층 3) 필수
req-in-transit = AWS 내부 전송 중 암호화
req-in-transit-off = 요구 사항 없음
req-in-transit-sensitive = 민감 데이터를 전달하는 구간
req-in-transit-all = 데이터를 전달하는 모든 구간
suppressions = 억제
remove = 제거
design-counts = 노드 { $nodes }개, 흐름 { $flows }개.
label = 레이블
node-in = { $kind } { $name } 안
node-top-level = 최상위
connect-to = 연결 대상…
choose-node = 노드 선택
node-option = { $name } ({ $kind })
delete = 삭제
prop-help-line = { $help } 기본값: { $default }.
none = 없음
dataset-name = 데이터 세트 이름
dataset-sensitive = 민감
dataset-sensitive-mark = 민감 데이터
dataset-remove = 데이터 세트 { $name } 제거
datasets-tables = 데이터 세트 (테이블)
add-dataset = 데이터 세트 추가
data-flow = 흐름
flow-route = 경로:{" "}
flow-open = 이 흐름은 지금 { $name }에서 끝납니다. 핸들을 끌어 데이터가 다음에 가는 곳에 놓으세요.
flow-from-transit = 출발지가 그려지지 않았습니다. 흐름은 { $name }에서 시작합니다.
transport-protection = 전송 보호
transport-none = 없음
transport-help-none = 양 끝이 자체 암호화를 적용하지 않습니다. 경로에 있는 Site-to-Site VPN은 자신이 전달하는 구간을 자체 IPsec으로 암호화합니다.
transport-help-tls = 흐름의 양 끝 사이 종단 간 TLS (계층 7)입니다. 경로의 연결 노드는 TLS를 추가하거나 종료할 수 없습니다. IPsec 요구 사항은 충족하지 않습니다.
transport-help-ipsec = 두 호스트가 직접 실행하는 종단 간 IPsec (계층 3)입니다. Site-to-Site VPN의 IPsec은 여기가 아니라 경로의 VPN에서 옵니다.
transport-help-macsec = MACsec은 Direct Connect 링크의 속성입니다 (링크에서 macsec 설정). 흐름에는 선언할 수 없으므로 다른 것을 선택하세요.
route-connectivity = 경로의 연결
route-remove = 경로에서 제거
route-remove-tooltip = 경로가 이 노드를 거치지 않고 바로 지나갑니다
route-end = 여기서 종료
route-end-tooltip = 흐름이 여기서 끝나도록 경로를 줄입니다
carries = 전달 데이터
carries-all = 출발지의 모든 데이터
carries-subset = 출발지에서 선택한 데이터 세트만
carries-nothing = 아직 선택한 항목이 없습니다. 이 흐름이 전달하는 데이터 세트를 선택하세요. 그 전까지는 아무것도 전달하지 않습니다.
carries-no-source = 출발지가 그려지지 않아 흐름이 전달하는 데이터를 알 수 없습니다. 데이터 세트를 선택하려면 출발지에서 흐름을 그리세요.
delete-flow = 흐름 삭제
findings-here = 이 요소의 발견 사항 ({ $count })

## 임베드
open-in-airlock = Airlock에서 열기

## 키보드와 마우스
shortcuts-title = 키보드와 마우스

## 팔레트 그룹
group-zones = 영역
group-connectivity = 연결
group-services = 서비스
group-data-stores = 데이터 저장소

## 노드 종류: 한 줄 설명
kind-summary-on-premises-network = 회사 자체 네트워크입니다. 민감 데이터가 있어야 할 곳입니다.
kind-summary-aws-region = AWS 리전입니다. 엔드포인트와 엔드포인트 서비스는 한 리전 안에서만 동작합니다.
kind-summary-vpc = 한 리전에 있는, CIDR 블록을 가진 가상 네트워크입니다.
kind-summary-public-subnet = 인터넷 게이트웨이로 라우팅되는 서브넷입니다.
kind-summary-private-subnet = 인터넷에서 들어오는 경로가 없는 서브넷입니다.
kind-summary-internet = 퍼블릭 인터넷입니다. 여기에 도달한 데이터는 밖으로 나간 것입니다.
kind-summary-site-to-site-vpn = 고객 게이트웨이와 가상 프라이빗 게이트웨이 사이의 IPsec (계층 3) 터널입니다.
kind-summary-direct-connect = AWS로 가는 전용선입니다. MACsec을 켜거나 그 위에 VPN을 실행하지 않으면 암호화되지 않습니다.
kind-summary-vpc-peering = 두 VPC 사이의 1:1 연결입니다. 전이적이지 않으며 고객이 제어하는 암호화가 없습니다.
kind-summary-transit-gateway = 여러 VPC와 VPN 사이를 라우팅하는 허브입니다. 암호화를 추가하지 않습니다.
kind-summary-nat-gateway = 프라이빗 서브넷에 인터넷으로 나가는 길을 줍니다. 송신 경로입니다.
kind-summary-internet-gateway = VPC의 퍼블릭 서브넷을 인터넷에 연결합니다.
kind-summary-gateway-endpoint = S3 또는 DynamoDB로 가는 라우팅 테이블 항목입니다. 같은 리전에서, 자신의 VPC 안에서만 사용합니다.
kind-summary-interface-endpoint = 서브넷에 있는 PrivateLink ENI입니다. 온프레미스와 피어링된 VPC에서 접근할 수 있습니다.
kind-summary-endpoint-service = Network Load Balancer 또는 Gateway Load Balancer가 앞에 있는 PrivateLink 제공자입니다.
kind-summary-glue-job = AWS Glue ETL 작업입니다. Glue 연결을 통해서만 VPC에서 실행됩니다.
kind-summary-glue-connection = Glue 작업의 네트워크 인터페이스를 보안 그룹과 함께 서브넷에 배치합니다.
kind-summary-dms-replication = AWS DMS 복제입니다. 엔드포인트는 SSL/TLS로만 보호하며 IPsec은 사용하지 않습니다.
kind-summary-sagemaker-training-job = SageMaker 훈련 작업입니다. 네트워크 격리는 아웃바운드 액세스를 차단합니다.
kind-summary-sagemaker-notebook = SageMaker 노트북 인스턴스입니다. 끄지 않으면 직접 인터넷 액세스가 켜져 있습니다.
kind-summary-sagemaker-model = SageMaker 모델 또는 엔드포인트입니다. 네트워크 격리는 아웃바운드 호출을 차단합니다.
kind-summary-ec2-instance = EC2 인스턴스입니다. 예: 회사가 직접 운영하는 PostgreSQL.
kind-summary-on-premises-server = 회사 데이터 센터의 애플리케이션 서버입니다. 데이터를 보내거나 받습니다.
kind-summary-on-premises-users = 결과를 읽는 분석가처럼 회사 네트워크에 있는 사람들입니다.
kind-summary-s3-bucket = 한 리전에 있는 S3 버킷입니다. 모든 VPC 밖에 있는 퍼블릭 AWS 서비스입니다.
kind-summary-dynamodb-table = 한 리전에 있는 DynamoDB 테이블입니다. S3처럼 VPC에서는 엔드포인트를 통해 연결합니다.
kind-summary-rds-instance = VPC 서브넷에 있는 Amazon RDS 데이터베이스입니다.
kind-summary-on-premises-database = 회사 자체 데이터 센터에 있는 데이터베이스입니다.

## 노드 속성: 제목, 설명, 값을 생략했을 때의 의미
prop-region-title = 리전
prop-region-help = 리전 코드입니다 (예: `eu-west-1`). 리전 안에 그린 VPC나 버킷은 이 값을 생략하면 그 리전의 코드를 사용합니다.
prop-region-default = 둘러싼 리전
prop-cidr-title = CIDR 블록
prop-cidr-help = VPC의 IPv4 CIDR 블록입니다 (예: `10.0.0.0/16`).
prop-cidr-default = 알 수 없음
prop-datasets-title = 데이터 세트
prop-datasets-help = 이 저장소가 보관하는 데이터 세트(테이블)와 그중 민감한 것입니다.
prop-datasets-default = 없음
prop-network-isolation-title = 네트워크 격리
prop-network-isolation-help = 네트워크 격리: 컨테이너가 아웃바운드 네트워크 호출을 할 수 없습니다.
prop-network-isolation-default = false (AWS 기본값: 꺼짐)
prop-inter-container-encryption-title = 컨테이너 간 트래픽 암호화
prop-inter-container-encryption-help = 분산 훈련에서 훈련 컨테이너 사이의 트래픽을 암호화합니다.
prop-inter-container-encryption-default = false (AWS 기본값: 꺼짐)
prop-instance-count-title = 인스턴스 수
prop-instance-count-help = 훈련 인스턴스 수입니다. 둘 이상이면 분산 훈련이 됩니다.
prop-instance-count-default = 1
prop-direct-internet-access-title = 직접 인터넷 액세스
prop-direct-internet-access-help = 노트북 인스턴스가 SageMaker의 네트워크를 통해 인터넷에 접근할 수 있습니다.
prop-direct-internet-access-default = true (AWS 기본값: 활성화)
prop-root-access-title = 루트 액세스
prop-root-access-help = 사용자가 노트북 인스턴스에서 루트 액세스 권한을 가집니다. 송신 제어가 아닙니다.
prop-root-access-default = true (AWS 기본값: 활성화)
prop-presigned-url-allowed-cidrs-title = 미리 서명된 URL 허용 IP
prop-presigned-url-allowed-cidrs-help = 노트북의 미리 서명된 URL을 열 수 있는 IP 범위입니다 (CreatePresignedNotebookInstanceUrl에 대한 `aws:SourceIp` 조건). 비어 있으면 모든 IP입니다.
prop-presigned-url-allowed-cidrs-default = 모든 IP
prop-encryption-at-rest-title = 저장 데이터 암호화 (KMS)
prop-encryption-at-rest-help = 저장 데이터 암호화입니다 (KMS 키 또는 이를 요구하는 IAM 정책). 저장된 데이터를 보호할 뿐, 송신이나 전송 중 보호로는 인정되지 않습니다.
prop-encryption-at-rest-default = false
prop-publicly-accessible-title = 퍼블릭 액세스
prop-publicly-accessible-help = 인스턴스에 퍼블릭 IP 주소가 있습니다 (데이터베이스는 퍼블릭 DNS 이름도). AWS 기본값은 RDS에서 false, DMS 복제 인스턴스에서 true입니다.
prop-publicly-accessible-default = RDS는 false, DMS는 true (AWS 기본값)
prop-force-ssl-title = SSL 강제
prop-force-ssl-help = `rds.force_ssl` 파라미터: 데이터베이스가 SSL/TLS 없는 연결을 거부합니다.
prop-force-ssl-default = false
prop-security-group-title = 보안 그룹
prop-security-group-help = 노드 네트워크 인터페이스의 보안 그룹입니다 (예: `sg-glue`).
prop-security-group-default = 없음
prop-security-group-sources-title = 보안 그룹 허용 소스
prop-security-group-sources-help = 데이터베이스 보안 그룹이 허용하는 인바운드 소스: 보안 그룹 id (`sg-…`) 또는 CIDR 블록 (`0.0.0.0/0`).
prop-security-group-sources-default = 없음
prop-jdbc-enforce-ssl-title = JDBC_ENFORCE_SSL
prop-jdbc-enforce-ssl-help = `JDBC_ENFORCE_SSL`: 연결이 SSL 없는 JDBC를 거부합니다.
prop-jdbc-enforce-ssl-default = false (AWS 기본값)
prop-connection-title = Glue 연결
prop-connection-help = 이 작업을 VPC 서브넷에 연결하는 Glue 연결입니다.
prop-connection-default = 없음: 작업이 서브넷 안에 그려져 있으면 그 서브넷
prop-load-balancer-title = 로드 밸런서
prop-load-balancer-help = 엔드포인트 서비스 앞에 있는 것입니다.
prop-load-balancer-default = nlb
prop-macsec-title = MACsec
prop-macsec-help = 전용 연결의 MACsec (계층 2) 암호화입니다.
prop-macsec-default = false
prop-private-nat-title = 프라이빗 NAT 게이트웨이
prop-private-nat-help = 프라이빗 NAT 게이트웨이 (연결 유형 `private`): 다른 네트워크로 가는 주소를 변환하며 인터넷에는 닿지 않습니다.
prop-private-nat-default = false (퍼블릭)
prop-ssl-mode-title = SSL 모드
prop-ssl-mode-help = DMS 엔드포인트의 SSL 모드입니다.
prop-ssl-mode-default = none (AWS 기본값)
prop-service-title = 서비스
prop-service-help = 엔드포인트가 연결하는 AWS 서비스입니다(com.amazonaws.<리전>.<서비스>의 <서비스>).
prop-service-default = 경로가 향하는 서비스
prop-service-region-title = 서비스 리전 (교차 리전)
prop-service-region-help = 교차 리전 인터페이스 엔드포인트가 연결하는 서비스의 리전입니다 (Amazon S3 또는 엔드포인트의 리전을 허용하는 엔드포인트 서비스에 대한 AWS PrivateLink 교차 리전 연결). 예: `us-west-2`.
prop-service-region-default = 엔드포인트 자신의 리전
prop-supported-regions-title = 지원 리전 (교차 리전 액세스)
prop-supported-regions-help = 제공자가 소비자의 엔드포인트를 허용하는 리전입니다 (엔드포인트 서비스에 대한 교차 리전 액세스). 예: `us-west-2`.
prop-supported-regions-default = 자신의 리전만
prop-require-secure-transport-title = TLS 필수 (aws:SecureTransport)
prop-require-secure-transport-help = 버킷 정책이 TLS 없는 요청을 거부합니다 (`aws:SecureTransport`).
prop-require-secure-transport-default = false

## 템플릿과 대화 상자
close = 닫기
gallery-help = 각 설계는 보안 시험 시나리오에서 가져온 것이며 Airlock이 내리는 판정을 보여 줍니다. 출발점으로 하나를 여세요. 실행 취소하면 원래 다이어그램으로 돌아갑니다.
blank-diagram = 빈 다이어그램
blank-diagram-text = 빈 캔버스에서 시작합니다.
passes = 통과
seed-000 = IPsec과 데이터 지역화를 적용한 온프레미스 ETL
seed-001 = SageMaker 훈련: 전송 중 암호화
seed-002 = PrivateLink, 엔드포인트와 피어링
seed-003 = VPC 안의 AWS Glue
seed-004 = SageMaker 데이터 송신 제어
seed-more = 기타

## 키보드와 마우스: 각 단축키와 하는 일
shortcut-palette-keys = 팔레트에서 끌기
shortcut-palette-does = 구성 요소를 추가합니다. 영역 안에 놓으면 그 안에 넣습니다
shortcut-palette-enter-keys = 팔레트 항목에서 Enter
shortcut-palette-enter-does = 보기의 가운데에 추가합니다
shortcut-move-keys = 노드 끌기(영역은 탭이나 본문으로)
shortcut-move-does = 이동합니다. 영역 안이나 밖으로 놓으면 넣거나 꺼냅니다
shortcut-connect-keys = 노드의 오른쪽 핸들 끌기
shortcut-connect-does = 다른 노드에 연결합니다 (흐름)
shortcut-band-keys = 빈 캔버스에서 끌기, 또는 영역 안에서 Alt + 끌기
shortcut-band-does = 사각형으로 선택합니다 (Shift: 추가)
shortcut-shift-click-keys = Shift + 클릭
shortcut-shift-click-does = 선택에 추가하거나 선택에서 제거합니다
shortcut-pan-keys = Space + 끌기 또는 가운데 버튼 끌기
shortcut-pan-does = 이동 (패닝)
shortcut-wheel-keys = 휠
shortcut-wheel-does = 포인터를 중심으로 확대/축소
shortcut-undo-keys = Ctrl/⌘ + Z
shortcut-undo-does = 실행 취소
shortcut-redo-keys = Shift + Ctrl/⌘ + Z 또는 Ctrl + Y
shortcut-redo-does = 다시 실행
shortcut-copy-keys = Ctrl/⌘ + C, Ctrl/⌘ + V
shortcut-copy-does = 복사, 붙여넣기(클립보드에 설계, draw.io 다이어그램 또는 공유 링크가 있으면 그것을 엽니다)
shortcut-select-all-keys = Ctrl/⌘ + A
shortcut-select-all-does = 모두 선택
shortcut-delete-keys = Delete 또는 Backspace
shortcut-delete-does = 선택 항목 삭제
shortcut-arrows-keys = 화살표 키
shortcut-arrows-does = 선택 항목을 격자 한 칸만큼 이동
shortcut-zoom-keys = + / − / 0
shortcut-zoom-does = 확대, 축소, 콘텐츠에 맞춤
shortcut-tab-keys = Tab, Enter
shortcut-tab-does = 요소 사이를 이동하고, 포커스된 요소를 선택합니다
shortcut-escape-keys = Escape
shortcut-escape-does = 선택을 해제하고, 대화 상자를 닫습니다
shortcut-help-keys = ?
shortcut-help-does = 이 도움말
shortcut-find-keys = /
shortcut-find-does = 이름으로 노드 찾기. Enter를 다시 누르면 다음 노드
shortcut-menu-keys = 마우스 오른쪽 클릭, Shift + F10 또는 메뉴 키
shortcut-menu-does = 그 자리의 노드, 흐름 또는 캔버스 메뉴 열기: 삭제, 복제, 연결, 발견 사항 보기 등

## 파일, 공유, 내보내기 메뉴
open = 열기
open-tooltip = 설계 파일 (.json) 또는 draw.io 다이어그램 (.drawio, .drawio.svg, .drawio.png) 열기
open-input-label = 설계 파일 열기
save = 저장
save-tooltip = 설계를 파일로 저장
share = 공유
copy-link = 링크 복사
copy-embed = 임베드 코드 복사
export = 내보내기
export-svg = 다이어그램 (SVG)
export-png = 다이어그램 (PNG)
export-drawio = 다이어그램 (draw.io)
export-md = 발견 사항 (Markdown)
export-json = 발견 사항 (JSON)
export-sarif = 발견 사항 (SARIF)
embed-snippet-title = 임베드 코드
embed-snippet-note = 문서 페이지에 붙여 넣습니다. 다이어그램이 읽기 전용으로 프레임에 맞춰 표시되고 발견 사항이 실시간으로 검사됩니다. 그 페이지가 postMessage로 문서를 보내게 하려면 ?embed 바로 뒤, # 앞에 &parent=ORIGIN을 추가합니다. # 뒤에 두면 주소가 아니라 설계의 일부가 됩니다.
share-link-title = 공유 링크
share-link-note = 설계 전체가 링크의 # 뒤에 담겨 전달되며 서버로는 전송되지 않습니다. 링크를 여는 사람은 설계와 발견 사항을 볼 수 있습니다.
copy = 복사
copied = 복사됨
characters = { $count }자
save-failed = 저장할 수 없습니다: { $error }
export-failed = 내보낼 수 없습니다: { $error }
opened-file = { $name } 파일을 열었습니다. 실행 취소하면 이전 다이어그램으로 돌아갑니다.
open-failed = { $name } 파일을 열 수 없습니다. 다이어그램은 바뀌지 않았습니다.
import-failed = { $name } 파일을 가져올 수 없습니다. 다이어그램은 바뀌지 않았습니다.

# 열기 메뉴: 파일, 붙여 넣은 텍스트, 마지막 draw.io 가져오기.
open-file-item = 파일…
open-text-item = 텍스트 붙여 넣기…
open-text-title = 붙여 넣은 텍스트 열기
open-text-help = 설계(JSON), draw.io 다이어그램(draw.io의 Extras → Edit Diagram에 표시되는 XML 또는 draw.io에서 복사한 도형) 또는 공유 링크를 붙여 넣으세요. 캔버스에 붙여 넣어도(Ctrl/⌘ + V) 똑같이 열립니다.
open-text-label = 열 텍스트
open-text-empty = 먼저 설계, draw.io 다이어그램 또는 공유 링크를 붙여 넣으세요.
pasted-name = 붙여 넣은 텍스트
reopen-import = { $name }의 draw.io 가져오기…
find-label = 이름으로 노드 찾기
find-placeholder = 노드 찾기 (/)
find-none = “{ $query }”와(과) 비슷한 이름의 노드가 없습니다

# "draw.io에서 가져옴" 대화 상자.
imported-title = draw.io에서 가져옴
imported-page = 페이지
imported-kind = 종류
imported-not-mapped = — 매핑 안 함 —
imported-edges = 연결선 및 기타 셀
imported-mapped = 직접 매핑함
imported-notes = 가져오기가 내린 선택
imported-cell = 셀
imported-label = 레이블
imported-why = 이유
imported-apply = 적용
imported-all = 모든 도형과 연결선을 이해했습니다.
imported-unknown = Airlock이 모르는 도형입니다. 위에서 종류를 선택하세요
imported-how = Airlock이 모르는 도형의 종류를 선택하세요. 선택은 파일에서 같은 스타일을 가진 모든 도형에 적용됩니다.
imported-reimport = 적용하면 이 선택으로 파일을 다시 가져옵니다. 가져온 뒤 설계에서 편집한 내용은 대체됩니다(실행 취소하면 돌아옵니다).
imported-summary = { $name }, 페이지 `{ $page }`: 노드 { $nodes }개, 흐름 { $flows }개.
imported-not-understood = 페이지 `{ $page }`에서 이해하지 못한 도형 및 연결선: { $count }개
imported-cells = 셀 { $count }개
imported-map-label = 도형 `{ $key }`의 종류
imported-failed = 파일을 다시 가져올 수 없습니다. 설계는 바뀌지 않았습니다.

## 이 브라우저에 보관된 설계와 배너
dismiss = 닫기
designs-help = 이 브라우저에서 그리거나 연 모든 설계가 작업하는 동안 보관됩니다. 링크, 파일, 템플릿은 각각 별도의 설계로 열리며 다른 설계를 바꾸지 않습니다.
designs-none = 이 브라우저에 보관된 설계가 아직 없습니다. 그리는 설계는 작업하는 동안 여기에 저장됩니다.
designs-unavailable = 여기에는 설계를 보관할 수 없습니다: { $error }.
time-unknown = 시간 알 수 없음
design-meta = 노드 { $nodes }개 · { $size } · { $when }
open-here = 여기서 열림
rename = 이름 바꾸기
new-title = 새 제목
save-as-file = 파일로 저장
open-in-this-tab = 이 탭에서 열려 있음
delete-from-browser = 이 브라우저에서 삭제
delete-for-good = 영구 삭제
design-opened = “{ $title }” 설계를 열었습니다. 실행 취소하면 원래 설계로 돌아갑니다.
design-open-failed = “{ $title }” 설계를 열 수 없습니다: { $error }
design-open-failed-after = 설계는 설계 목록에 남아 있습니다. 복구하려면 그곳에서 파일로 저장하세요.
design-save-failed = “{ $title }” 설계를 파일로 저장할 수 없습니다: { $error }
rename-failed = 설계 이름을 바꿀 수 없습니다: { $error }

## 설계 보관에 대한 알림
quoted-title = “{ $title }”
this-design = 이 설계
autosave-off = 자동 저장이 꺼졌습니다: { $error }. 작업 내용은 이 탭에 남아 있습니다. 필요 없는 설계를 삭제하거나(설계), 저장을 사용해 파일로 보관하세요.
database-refused = 브라우저의 데이터베이스가 { $design }의 최근 변경 내용을 보관하지 못했습니다({ $error }). 변경 내용은 이 탭을 닫을 때까지 남아 있고, 설계 목록에는 그 전에 저장된 버전이 있습니다. 저장을 사용해 파일로 보관하세요.
other-tab-deleted = 다른 탭이 설계 목록에서 삭제한 설계: { $design }. 이 탭에서 열려 있으므로 보관합니다.
other-tab-both = 다른 탭도 변경한 설계: { $design }. 이 탭의 버전은 별도의 설계로 보관되며 둘 다 설계 목록에 있습니다.
other-tab-changed = 다른 탭이 변경한 설계: { $design }. 이 탭에 그 버전을 표시합니다. 실행 취소하면 원래 버전으로 돌아갑니다.
framed-note = Airlock이 다른 페이지 안에서 열려 있습니다. 그 페이지가 Airlock에 보관된 설계를 바꿀 수 없도록 여기서는 자동 저장이 꺼져 있습니다. 파일로 보관하려면 저장을 사용하세요.
shared-opened = 공유된 설계를 열었습니다. 실행 취소하면 원래 설계로 돌아가며, 그 설계는 설계 목록에도 남아 있습니다.
share-link-failed = 공유 링크를 열 수 없습니다: { $error }
restore-failed = 마지막으로 저장된 설계를 복원할 수 없습니다: { $error }
restore-failed-after = 설계는 변경 없이 설계 목록에 남아 있습니다(그곳에서 파일로 저장하세요). 이 탭은 새 설계로 시작합니다.

## 안전 모드
safe-mode = 안전 모드 — 검사 일시 중지됨
safe-mode-unfinished = 지난번에 Airlock이 이 설계의 검사를 끝내지 못했으므로(탭이 닫히거나 응답하지 않음) 읽기 전용으로 열었으며 검사하지 않았습니다.
safe-mode-slow = 지난번에 이 설계를 검사하는 데 { $seconds }초 이상 걸렸으므로 읽기 전용으로 열었으며 검사하지 않았습니다.
safe-mode-asked = 이 설계는 읽기 전용으로 열려 있으며 검사하지 않았습니다.
safe-mode-after = 파일로 저장하거나, 그래도 검사하거나, 설계 목록에서 다른 설계를 여세요.
safe-mode-check = 그래도 검사
safe-mode-check-tooltip = 안전 모드를 끝내고 설계를 검사합니다. 다시 편집할 수 있습니다
designs-safe-mode = 안전 모드
designs-safe-mode-help = 안전 모드는 이 탭에 열린 설계를 검사하지 않고 읽기 전용으로 보여 줍니다. 검사가 느린 설계에 사용하세요.

## 캔버스의 흐름 칩과 도구 설명
chip-plain = 평문
chip-tls-enforced = TLS (강제)
chip-nothing = { $base } · 없음
chip-subset = { $base } · 일부
tls-enforced-by = 종단 간 TLS: { $node }에서 TLS 없는 연결을 거부합니다

## 캔버스의 컨텍스트 메뉴
menu-label = 작업
menu-delete = 삭제
menu-duplicate = 복제
menu-connect = 연결
menu-show-findings = 발견 사항 보기
menu-about-kind = 이 종류 설명
menu-about-title = 종류 설명: { $kind }
menu-edit-flow = 경로 및 TLS 편집
menu-paste = 붙여넣기
menu-select-all = 모두 선택
menu-fit = 화면에 맞춤

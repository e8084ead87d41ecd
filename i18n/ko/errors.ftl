## 문서를 불러오지 못한 이유, 편집기가 편집을 거부한 이유, 형식 업그레이드가
## 알리는 내용. 경로(`nodes[3].parent`), id, 속성 키와 serde의 설명은
## 그대로 둡니다.

## 문제 하나와 그 위치
problem = { $path }: { $message }
problem-of = { $path } ({ $id }): { $message }
# serde가 영어로 쓴 설명을 그대로 둡니다.
load-detail = 문서 형식에 맞지 않습니다: { $detail }
load-detail-at = { $message } ({ $line }행 { $column }열)

## 불러오기 오류
load-too-large = 문서 크기가 { $size }바이트로 크기 한도인 { $limit }바이트를 넘습니다
load-syntax = { $line }행 { $column }열: 올바른 JSON이 아닙니다: { $detail }
load-missing-version = Airlock 문서가 아닙니다: 최상위에 "airlock": { $version } 항목이 필요합니다
load-newer-version = airlock: 이 문서의 형식 버전 { $found }: 이 Airlock이 읽을 수 있는 버전({ $supported }까지)보다 새롭습니다. 더 새로운 Airlock으로 여세요
load-unknown-version = airlock: 알 수 없는 형식 버전 { $found }입니다. 버전은 1부터 시작합니다
load-migration = 형식 버전 { $from }에서 변환하는 중: { $message }
load-invalid = 문제 { $count }개: { $problems }
load-version-not-number = 형식 버전은 정수여야 합니다. 현재 값: { $found }
load-not-an-object = JSON 객체가 필요합니다
load-design-too-large = 설계가 { $size }MiB가 되어 파일 크기 한도인 { $limit }MiB를 넘습니다

## 검증: 한도
too-many-nodes = 노드 { $count }개: 한도인 노드 { $limit }개를 넘습니다
too-many-flows = 흐름 { $count }개: 한도인 흐름 { $limit }개를 넘습니다
too-many-suppressions = 억제 { $count }개: 한도인 억제 { $limit }개를 넘습니다
too-many-entries = 항목 { $count }개: 목록당 한도인 { $limit }개를 넘습니다
too-many-datasets = 데이터 세트 { $count }개: 저장소당 한도인 { $limit }개를 넘습니다
too-many-selected = 이름 { $count }개: 선택당 데이터 세트 한도인 { $limit }개를 넘습니다
too-many-route-nodes = 연결 노드 { $count }개: 경로당 한도인 { $limit }개를 넘습니다
text-too-long = { $what } 길이가 한도인 { $limit }자를 넘습니다
field-title = 제목
field-schema = $schema 주소
field-description = 설명
field-label = 레이블
field-reason = 이유

## 검증: id
id-empty = id가 비어 있습니다
id-too-long = id 길이가 한도인 { $limit }자를 넘습니다
id-chars = id에는 영문자, 숫자, `-`, `_`, `.`, `:`만 쓸 수 있습니다
id-duplicate = 중복된 id입니다

## 검증: 노드
coordinate-range = { $field } 값은 ±10,000,000 범위의 유한한 숫자여야 합니다
size-range = { $field } 값은 ±10,000,000 범위에서 0보다 큰 유한한 숫자여야 합니다
must-sit = { $kind } 노드는 { $places }에만 둘 수 있습니다
cannot-sit = { $kind } 노드는 { $parent } 안에 둘 수 없습니다. 둘 수 있는 곳: { $places }
place-top = 최상위
place-in = { $kind } 안
places-or = { $first } 또는 { $second }
parent-not-node = 부모 { $parent }에 해당하는 노드가 없습니다
parent-not-zone = 부모 { $parent }의 종류({ $kind })는 영역이 아닙니다
prop-not-applicable = { $key } 속성은 { $kind } 노드에 적용되지 않습니다. 적용 대상: { $kinds }
not-a-region = { $region }: { $example } 같은 리전 코드가 아닙니다
dataset-unnamed = 데이터 세트에 이름이 필요합니다
dataset-name-too-long = 데이터 세트 이름 길이가 한도인 { $limit }자를 넘습니다
dataset-twice = 데이터 세트 { $name }: 두 번 나열되어 있습니다
not-sg-or-cidr = { $entry }: 보안 그룹 id(`sg-…`)도 CIDR 블록도 아닙니다
not-sg = { $sg }: 보안 그룹 id가 아닙니다
connection-not-glue = { $connection }의 종류({ $kind })는 glue-connection이 아닙니다
connection-not-node = 연결 { $connection }에 해당하는 노드가 없습니다
instance-count = 인스턴스 수는 1에서 10,000 사이여야 합니다
vpc-region = VPC에 지정된 리전({ $own })이 VPC를 그린 리전({ $outer })과 다릅니다
containment-cycle = 포함 관계 순환: { $id } 노드가 자기 자신 안에 들어갑니다
nested-too-deep = 영역 중첩이 한도인 { $limit }단계보다 깊습니다(또는 포함 관계가 순환합니다)
cidr-not-a-block = { $cidr }: CIDR 블록이 아닙니다(a.b.c.d/n 형식이어야 합니다)
cidr-prefix = { $cidr }: 접두사 길이가 0..=32 범위를 벗어납니다
cidr-address = { $cidr }: 주소가 올바르지 않습니다

## 검증: 흐름과 억제
not-a-node = { $id }에 해당하는 노드가 없습니다
flow-end-zone = 흐름은 { $kind }에서 시작하거나 끝날 수 없습니다. 그 안의 노드를 연결하세요
flow-same-ends = 흐름은 같은 노드에서 시작하고 끝날 수 없습니다
flow-macsec = MACsec은 흐름이 아니라 Direct Connect 링크를 보호합니다. Direct Connect 노드에 `macsec`을 설정하세요
only-from-transit = { $kind } 노드는 받은 것을 그대로 전달하므로 데이터 세트를 선택할 수 없습니다. 출발지에서 나가는 구간에서 선택하세요
unknown-dataset = 이름이 { $name }인 데이터 세트를 가진 데이터 저장소가 없습니다
route-not-passable = 경로는 연결 노드와 인터넷만 지날 수 있으며 { $kind } 노드는 지날 수 없습니다. 흐름을 그곳에서 끝내고 새 흐름을 시작하세요
route-twice = 경로가 { $node } 노드를 두 번 지납니다(또는 그 노드가 흐름의 끝이기도 합니다)
target-too-long = 대상 길이가 한도인 { $limit }자를 넘습니다(대상은 id 하나, 또는 `->`로 이은 id 두 개입니다)
not-a-rule-code = { $rule }: `EGR001` 같은 규칙 코드가 아닙니다
target-empty = 대상이 비어 있습니다
reason-missing = 억제에는 이유를 적어야 합니다

## 형식 업그레이드
migrate-has-via = 버전 1의 흐름에는 `via`가 없습니다. 이 문서는 버전 2가 아닌가요?
migrate-too-many-flows = 연결 노드를 지나는 구간을 짝지으면 흐름이 { $count }개가 되어 한도인 { $limit }개를 넘습니다. 이전 Airlock에서 열어 각 파이프라인의 경로를 한 번씩만 그리세요
migrate-too-many-steps = 연결 노드를 지나는 구간을 짝지은 경로가 Airlock이 따라갈 수 있는 것보다 많습니다({ $steps }단계 초과). 각 파이프라인의 경로를 한 번씩만 그리세요
note-version-1-junction = 버전 1은 { $name } 노드로 들어오는 모든 화살표를 나가는 모든 화살표와 이었습니다(들어옴 { $ins }개, 나감 { $outs }개). 이제 각 쌍이 별개의 흐름입니다. 실제로 일어나지 않는 흐름은 삭제하세요
note-junction = { $name }({ $id }) 분기점이 모호합니다: 들어오는 화살표 { $ins }개, 나가는 화살표 { $outs }개이며 어느 것끼리 이어지는지 다이어그램에 나와 있지 않습니다. 이제 각 쌍이 별개의 흐름입니다. 실제로 일어나지 않는 흐름은 삭제하세요
note-macsec-dropped = 구간 { $hop }에 MACsec이 선언되어 있었지만 흐름에는 선언할 수 없어 제거했습니다. 대신 Direct Connect 링크에 `macsec`을 설정하세요

## 편집기: 편집을 거부한 이유
edit-invalid-move = 잘못된 이동입니다
edit-no-node = { $id } 노드가 없습니다
edit-no-flow = { $id } 흐름이 없습니다
edit-no-element = { $id } 요소가 없습니다
edit-only-zones-resize = 영역만 크기를 조정할 수 있습니다
edit-route-not-passing = 경로가 { $node } 노드를 지나지 않습니다
edit-bad-value = { $key } 속성에 그 값을 쓸 수 없습니다
edit-flow-two-nodes = 흐름에는 서로 다른 노드 두 개가 필요합니다
edit-placed-inside = { $kind } 노드는 다음 안에만 둘 수 있습니다: { $places }
edit-route-twice = 경로가 { $name } 노드를 두 번 지나게 됩니다. 흐름은 각 노드를 한 번만 지납니다
edit-flow-drawn = 이 흐름은 이미 그려져 있습니다(출발지, 경로, 목적지가 같음)
edit-locked = 안전 모드에서는 설계를 읽기만 할 수 있습니다(편집하려면 '그래도 검사'를 누르세요)

## 명령줄
cli-too-large = 문서가 { $limit }바이트 제한보다 큽니다
cli-not-understood = 이해하지 못한 셀 { $count }개. 도형은 --map KEY=KIND로 매핑하세요
cli-cannot-check = { $path } 파일을 검사할 수 없습니다
cli-cannot-upgrade = { $path } 파일을 업그레이드할 수 없습니다
cli-cannot-import = { $path } 파일을 가져올 수 없습니다
cli-cannot-export = { $path } 파일을 내보낼 수 없습니다

## 앱: 열면서 최신 형식으로 바꾼 설계
migrated = { $what }: 이전 형식으로 작성되어 최신 형식으로 업데이트했습니다:
the-design = 설계
the-shared-design = 공유된 설계
the-template = 템플릿
not-utf8 = 파일이 UTF-8 텍스트가 아닙니다

## 공유 링크
share-too-big = 이 설계는 링크로 만들기에 너무 큽니다({ $size }자, 한도 { $limit }자). 파일로 저장해 파일을 공유하세요
share-damaged = 링크가 손상되었습니다: { $detail }
share-invalid = 링크의 설계를 불러올 수 없습니다: { $error }

## draw.io 가져오기: 셀을 이해하지 못한 이유와 가져오기가 내린 선택.
## 셀 ID, 스타일 키, 레이블은 그대로 둡니다.
drawio-findings-layer = { $layer } 레이어에 있음(내보내기가 쓴 것)
drawio-not-a-cell = 도형도 연결선도 아님
drawio-zone-without-box = 위치와 크기가 없는 { $kind }
drawio-frame = { $what }: Airlock에는 이에 해당하는 영역이 없으므로, 안에 있는 것은 바깥 영역에 배치됨
drawio-frame-group = draw.io 그룹
drawio-frame-cloud = AWS Cloud 그룹
drawio-frame-az = 가용 영역 그룹
drawio-frame-account = AWS 계정 그룹
drawio-frame-auto-scaling = Auto Scaling 그룹
drawio-frame-instances = 인스턴스 그룹
drawio-frame-security-group = 보안 그룹
drawio-text = 텍스트이며 구성 요소가 아님
drawio-part-of = 이해하지 못한 { $cell }의 일부
drawio-unknown-shape = 알 수 없는 도형 { $key }. 종류를 매핑하세요(--map { $map })
drawio-outside = { $kind } 노드는 { $places }에만 둘 수 있지만 { $drawn }
drawio-drawn-in = { $zone } { $label } 안에 그려져 있음
drawio-drawn-nowhere = 어떤 영역에도 그려져 있지 않음
drawio-loose-end = { $which ->
        [source] 출발지
       *[target] 목적지
    }가 없는 연결선(끝이 연결되지 않음)
drawio-end-in-zone = { $which ->
        [source] 출발지
       *[target] 목적지
    }가 { $kind }({ $cell })이며, 여기서는 데이터 흐름이 시작하거나 끝나지 않음. 안에 있는 구성 요소에 연결하세요
drawio-end-not-understood = { $which ->
        [source] 출발지
       *[target] 목적지
    } { $cell }을(를) 이해하지 못함
drawio-self-edge = 도형에서 자기 자신으로 가는 연결선
drawio-edge-label = 이해하지 못한 연결선 { $cell }의 레이블
drawio-from-label = { $kind } { $label }의 레이블에 { $value }이(가) 있어 { $key }(으)로 사용했습니다
drawio-label-cut = 셀 { $cell }의 레이블이 { $limit }자보다 길어 잘랐습니다
drawio-subnet-guess = 서브넷 { $label }은(는) 레이블로도 색으로도 퍼블릭인지 프라이빗인지 알 수 없어 프라이빗으로 간주했습니다
drawio-first-page = 파일에 페이지가 { $count }개({ $pages }) 있어 첫 페이지 { $first }을(를) 가져왔습니다. 다른 페이지는 --page로 선택하세요

## アプリ自体の文言: 上部バー、パレット、インスペクター、検出結果パネル、
## 埋め込み、ショートカット一覧。コード、ID、AWS API 名と設定はそのままです。

## 上部バーとステータスバー
untitled-design = 無題の設計
tools-label = ツール
templates = テンプレート
designs = 設計
designs-tooltip = このブラウザに保存された設計
undo = 元に戻す
undo-tooltip = 元に戻す (Ctrl+Z)
redo = やり直す
redo-tooltip = やり直す (Shift+Ctrl+Z)
zoom-out = 縮小
zoom-out-tooltip = 縮小 (−)
zoom-in = 拡大
zoom-in-tooltip = 拡大 (+)
fit = 全体表示
fit-tooltip = 内容に合わせる (0)
theme-label = テーマの切り替え
theme-tooltip = ライトテーマまたはダークテーマ
help = ヘルプ
help-tooltip = キーボードショートカット (?)
findings-pill = { $count ->
    [0] 検出結果なし
   *[other] 検出結果 { $count } 件
}
findings-pill-paused = 一時停止中
status-line = ノード { $nodes } 個 · フロー { $flows } 本 · グリッド { $grid } · { $zoom }%

## 空のキャンバス
empty-title = データパイプラインを描きましょう。
empty-text = パレットからコンポーネントをドラッグします: オンプレミスのデータベース、VPN、Glue ジョブ、S3 バケット。ゾーンに入れ、接続し、要件を設定すると、検出結果がすぐに表示されます。
open-template = テンプレートを開く

## パレット
palette-label = パレット
palette-search = コンポーネントを検索
palette-add = { $kind } を追加
palette-no-match = 一致するコンポーネントはありません。
palette-hint = キャンバスにドラッグするか、項目にフォーカスして Enter キーを押します。

## キャンバス
canvas-label = ダイアグラムキャンバス
badge-tooltip = 検出結果 { $count } 件 — クリックで表示
glue-attached = この Glue 接続を通じて VPC 内で実行されます
drag-to-connect = ドラッグして接続
drag-to-resize = ドラッグしてサイズ変更
flow-aria = フロー、{ $protection }
flow-aria-labelled = フロー { $label }、{ $protection }

## 検出結果パネル
findings = 検出結果
findings-empty-design = パレットからコンポーネントをドラッグするか、テンプレートを開きます。
findings-none = 検出結果はありません。{ $run } 個のルールを実行し、{ $skipped } 個は該当しませんでした。
findings-ran = { $run } 個のルールを実行し、{ $skipped } 個は該当しませんでした。
findings-checking = 検査中…
findings-paused = 検査は一時停止中です (セーフモード)。検出結果はまだわかりません。
findings-showing = 検出結果 { $active } 件中 { $shown } 件を表示、対象:{" "}
show-all = すべて表示
findings-more = さらに { $more } 件を表示 (未表示 { $hidden } 件)
lang-load-failed = { $lang } のテキストを読み込めなかったため ({ $reason })、現在の言語のまま表示します。アプリのファイルにアクセスできるようになってから、もう一度お試しください。
doc-loading = 読み込み中…
doc-load-failed = このページを現在の言語で読み込めませんでした ({ $reason })。英語の原文を表示します。
suppressed-count = 抑制済み ({ $count })
finding-head-tooltip = キャンバスに経路を表示
finding-path = 経路{" "}
finding-why = 理由{" "}
finding-fix = 対処{" "}
finding-suppressed = 抑制済み{" "}
finding-about = { $code } について
unsuppress = 抑制を解除
suppress-start = 抑制…
suppress-reason = この検出結果を許容する理由は何ですか?
suppress-reason-label = 理由
suppress = 抑制
cancel = キャンセル
severity-critical = 重大
severity-high = 高
severity-medium = 中
severity-low = 低
severity-count-critical = 重大 { $count }
severity-count-high = 高 { $count }
severity-count-medium = 中 { $count }
severity-count-low = 低 { $count }

## インスペクター
inspector-label = インスペクター
selected-count = ノード { $nodes } 個、フロー { $flows } 本を選択中
delete-selection = 選択項目を削除
design = 設計
design-title = タイトル
design-description = 説明
requirements = 要件
requirements-help = この設計が保証すべきことです。同じ図でも、要件によって合格にも不合格にもなります。
req-stays-on-premises = 機密データはオンプレミスに留める
req-train-non-sensitive = モデルは機密でないデータでのみトレーニングする
req-no-egress = パイプラインのデータからインターネットへの経路を持たない
req-sensitive-region = 機密データを留めるリージョン
req-sensitive-region-placeholder = 任意のリージョン (例: ap-northeast-1)
req-cloud-transport = オンプレミスと AWS の間の転送
req-cloud-transport-any = 要件なし
req-cloud-transport-encrypted = 暗号化 (TLS、IPsec または MACsec)
req-cloud-transport-ipsec = IPsec (レイヤー 3) が必須
req-in-transit = AWS 内の転送中の暗号化
req-in-transit-off = 要件なし
req-in-transit-sensitive = 機密データを運ぶ区間
req-in-transit-all = データを運ぶすべての区間
suppressions = 抑制
remove = 削除
design-counts = ノード { $nodes } 個、フロー { $flows } 本。
label = ラベル
node-in = { $kind } { $name } 内
node-top-level = 最上位
connect-to = 接続先…
choose-node = ノードを選択
node-option = { $name } ({ $kind })
delete = 削除
prop-help-line = { $help } デフォルト: { $default }。
none = なし
dataset-name = データセット名
dataset-sensitive = 機密
dataset-sensitive-mark = 機密データ
dataset-remove = データセット { $name } を削除
datasets-tables = データセット (テーブル)
add-dataset = データセットを追加
data-flow = フロー
flow-route = 経路:{" "}
flow-open = このフローは今のところ { $name } で終わります。ハンドルからデータの次の行き先までドラッグしてください。
flow-from-transit = 送信元が描かれていません。フローは { $name } から始まります。
transport-protection = 転送の保護
transport-none = なし
transport-help-none = 両端は独自の暗号化を行いません。経路上の Site-to-Site VPN は、自身が運ぶ区間を独自の IPsec で暗号化します。
transport-help-tls = フローの両端の間のエンドツーエンドの TLS (レイヤー 7) です。経路上の接続ノードは TLS を追加することも終端することもできません。IPsec の要件は満たしません。
transport-help-ipsec = 2 つのホストが自ら実行するエンドツーエンドの IPsec (レイヤー 3) です。Site-to-Site VPN の IPsec はここではなく、経路上の VPN から来ます。
transport-help-macsec = MACsec は Direct Connect リンクのプロパティです (リンクで macsec を設定します)。フローでは宣言できないため、別のものを選択してください。
route-connectivity = 経路上の接続
route-remove = 経路から外す
route-remove-tooltip = 経路はこのノードを経由せずにそのまま通ります
route-end = ここで終える
route-end-tooltip = フローがここで終わるように経路を短くします
carries = 運ぶデータ
carries-all = 送信元のすべて
carries-subset = 送信元で選択したデータセットのみ
carries-nothing = まだ何も選択されていません。このフローが運ぶデータセットにチェックを入れてください。それまでは何も運びません。
carries-no-source = 送信元が描かれていないため、フローが運ぶデータは不明です。データセットを選ぶには、送信元からフローを描いてください。
delete-flow = フローを削除
findings-here = この要素の検出結果 ({ $count })

## 埋め込み
open-in-airlock = Airlock で開く

## キーボードとマウス
shortcuts-title = キーボードとマウス

## パレットのグループ
group-zones = ゾーン
group-connectivity = 接続
group-services = サービス
group-data-stores = データストア

## ノードの種類: 一行の説明
kind-summary-on-premises-network = 自社のネットワークです。機密データの本来の置き場所です。
kind-summary-aws-region = AWS リージョンです。エンドポイントとエンドポイントサービスは 1 つのリージョン内でのみ動作します。
kind-summary-vpc = 1 つのリージョンにある、CIDR ブロックを持つ仮想ネットワークです。
kind-summary-public-subnet = インターネットゲートウェイにルーティングされるサブネットです。
kind-summary-private-subnet = インターネットからのルートがないサブネットです。
kind-summary-internet = パブリックインターネットです。ここに届いたデータは外に出ています。
kind-summary-site-to-site-vpn = カスタマーゲートウェイと仮想プライベートゲートウェイの間の IPsec (レイヤー 3) トンネルです。
kind-summary-direct-connect = AWS への専用線です。MACsec を有効にするか、その上で VPN を使わない限り暗号化されません。
kind-summary-vpc-peering = 2 つの VPC 間の 1 対 1 の接続です。推移的ではなく、お客様が制御する暗号化はありません。
kind-summary-transit-gateway = 多数の VPC と VPN の間をルーティングするハブです。暗号化は追加しません。
kind-summary-nat-gateway = プライベートサブネットにインターネットへの出口を与えます。送信経路です。
kind-summary-internet-gateway = VPC のパブリックサブネットをインターネットに接続します。
kind-summary-gateway-endpoint = S3 または DynamoDB へのルートテーブルのエントリです。同じリージョンで、自身の VPC 内からのみ使えます。
kind-summary-interface-endpoint = サブネット内の PrivateLink ENI です。オンプレミスとピアリングされた VPC から到達できます。
kind-summary-endpoint-service = Network Load Balancer または Gateway Load Balancer を前段に置く PrivateLink のプロバイダーです。
kind-summary-glue-job = AWS Glue の ETL ジョブです。Glue 接続を通じてのみ VPC 内で実行されます。
kind-summary-glue-connection = Glue ジョブのネットワークインターフェイスを、セキュリティグループとともにサブネットに配置します。
kind-summary-dms-replication = AWS DMS のレプリケーションです。エンドポイントは SSL/TLS でのみ保護し、IPsec は使いません。
kind-summary-sagemaker-training-job = SageMaker のトレーニングジョブです。ネットワーク分離はアウトバウンドアクセスを遮断します。
kind-summary-sagemaker-notebook = SageMaker のノートブックインスタンスです。無効にしない限り直接インターネットアクセスが有効です。
kind-summary-sagemaker-model = SageMaker のモデルまたはエンドポイントです。ネットワーク分離はアウトバウンド呼び出しを遮断します。
kind-summary-ec2-instance = EC2 インスタンスです。例: 自社で運用する PostgreSQL。
kind-summary-on-premises-server = 自社データセンターのアプリケーションサーバーです。データを送受信します。
kind-summary-on-premises-users = 結果を読むアナリストなど、自社ネットワーク上の人です。
kind-summary-s3-bucket = 1 つのリージョンにある S3 バケットです。すべての VPC の外にあるパブリックな AWS サービスです。
kind-summary-dynamodb-table = 1 つのリージョンにある DynamoDB テーブルです。S3 と同じく、VPC からはエンドポイント経由で接続します。
kind-summary-rds-instance = VPC のサブネットにある Amazon RDS データベースです。
kind-summary-on-premises-database = 自社のデータセンターにあるデータベースです。

## ノードのプロパティ: タイトル、説明、値を省略したときの意味
prop-region-title = リージョン
prop-region-help = リージョンコードです (例: `eu-west-1`)。リージョン内に描いた VPC やバケットは、省略するとそのリージョンのコードになります。
prop-region-default = 囲んでいるリージョン
prop-cidr-title = CIDR ブロック
prop-cidr-help = VPC の IPv4 CIDR ブロックです (例: `10.0.0.0/16`)。
prop-cidr-default = 不明
prop-datasets-title = データセット
prop-datasets-help = このストアが保持するデータセット (テーブル) と、そのうち機密のものです。
prop-datasets-default = なし
prop-network-isolation-title = ネットワーク分離
prop-network-isolation-help = ネットワーク分離: コンテナはアウトバウンドのネットワーク呼び出しを行えません。
prop-network-isolation-default = false (AWS のデフォルト: オフ)
prop-inter-container-encryption-title = コンテナ間のトラフィック暗号化
prop-inter-container-encryption-help = 分散トレーニングでトレーニングコンテナ間のトラフィックを暗号化します。
prop-inter-container-encryption-default = false (AWS のデフォルト: オフ)
prop-instance-count-title = インスタンス数
prop-instance-count-help = トレーニングインスタンスの数です。2 以上で分散トレーニングになります。
prop-instance-count-default = 1
prop-direct-internet-access-title = 直接インターネットアクセス
prop-direct-internet-access-help = ノートブックインスタンスは SageMaker のネットワークを通じてインターネットに到達できます。
prop-direct-internet-access-default = true (AWS のデフォルト: 有効)
prop-root-access-title = ルートアクセス
prop-root-access-help = ユーザーはノートブックインスタンスでルートアクセス権を持ちます。送信の制御ではありません。
prop-root-access-default = true (AWS のデフォルト: 有効)
prop-presigned-url-allowed-cidrs-title = 署名付き URL を許可する IP
prop-presigned-url-allowed-cidrs-help = ノートブックの署名付き URL を開ける IP 範囲です (CreatePresignedNotebookInstanceUrl に対する `aws:SourceIp` 条件)。空の場合はすべての IP です。
prop-presigned-url-allowed-cidrs-default = すべての IP
prop-encryption-at-rest-title = 保管時の暗号化 (KMS)
prop-encryption-at-rest-help = 保管時の暗号化です (KMS キー、またはそれを必須とする IAM ポリシー)。保存データを保護するだけで、送信や転送中の保護とは見なしません。
prop-encryption-at-rest-default = false
prop-publicly-accessible-title = パブリックアクセス
prop-publicly-accessible-help = インスタンスにパブリック IP アドレスがあります (データベースではパブリック DNS 名も)。AWS のデフォルトは RDS で false、DMS レプリケーションインスタンスで true です。
prop-publicly-accessible-default = RDS は false、DMS は true (AWS のデフォルト)
prop-force-ssl-title = SSL を強制
prop-force-ssl-help = `rds.force_ssl` パラメータ: データベースは SSL/TLS なしの接続を拒否します。
prop-force-ssl-default = false
prop-security-group-title = セキュリティグループ
prop-security-group-help = ノードのネットワークインターフェイスのセキュリティグループです (例: `sg-glue`)。
prop-security-group-default = なし
prop-security-group-sources-title = セキュリティグループが許可する送信元
prop-security-group-sources-help = データベースのセキュリティグループが許可するインバウンドの送信元: セキュリティグループ ID (`sg-…`) または CIDR ブロック (`0.0.0.0/0`)。
prop-security-group-sources-default = なし
prop-jdbc-enforce-ssl-title = JDBC_ENFORCE_SSL
prop-jdbc-enforce-ssl-help = `JDBC_ENFORCE_SSL`: 接続は SSL なしの JDBC を拒否します。
prop-jdbc-enforce-ssl-default = false (AWS のデフォルト)
prop-connection-title = Glue 接続
prop-connection-help = このジョブを VPC サブネットに接続する Glue 接続です。
prop-connection-default = なし: ジョブがサブネット内に描かれていればそのサブネット
prop-load-balancer-title = ロードバランサー
prop-load-balancer-help = エンドポイントサービスの前段に置くものです。
prop-load-balancer-default = nlb
prop-macsec-title = MACsec
prop-macsec-help = 専用接続での MACsec (レイヤー 2) 暗号化です。
prop-macsec-default = false
prop-private-nat-title = プライベート NAT ゲートウェイ
prop-private-nat-help = プライベート NAT ゲートウェイ (接続タイプ `private`): 他のネットワークへのアドレスを変換し、インターネットには到達しません。
prop-private-nat-default = false (パブリック)
prop-ssl-mode-title = SSL モード
prop-ssl-mode-help = DMS エンドポイントの SSL モードです。
prop-ssl-mode-default = none (AWS のデフォルト)
prop-service-title = サービス
prop-service-help = エンドポイントの接続先の AWS サービス (com.amazonaws.<リージョン>.<サービス> の <サービス>) です。
prop-service-default = 経路の向かうサービス
prop-service-region-title = サービスのリージョン (クロスリージョン)
prop-service-region-help = クロスリージョンのインターフェイスエンドポイントが接続するサービスのリージョンです (Amazon S3、またはエンドポイントのリージョンを許可するエンドポイントサービスへの AWS PrivateLink クロスリージョン接続)。例: `us-west-2`。
prop-service-region-default = エンドポイント自身のリージョン
prop-supported-regions-title = サポートするリージョン (クロスリージョンアクセス)
prop-supported-regions-help = プロバイダーがコンシューマーのエンドポイントを許可するリージョンです (エンドポイントサービスへのクロスリージョンアクセス)。例: `us-west-2`。
prop-supported-regions-default = 自身のリージョンのみ
prop-require-secure-transport-title = TLS を必須にする (aws:SecureTransport)
prop-require-secure-transport-help = バケットポリシーが TLS なしのリクエストを拒否します (`aws:SecureTransport`)。
prop-require-secure-transport-default = false

## テンプレートとダイアログ
close = 閉じる
gallery-help = 各設計はセキュリティ試験のシナリオに基づき、Airlock の判定を示します。出発点として 1 つを開いてください。元に戻すと、元のダイアグラムに戻ります。
blank-diagram = 空のダイアグラム
blank-diagram-text = 空のキャンバスから始めます。
passes = 合格
seed-000 = IPsec とデータのローカライゼーションを備えたオンプレミス ETL
seed-001 = SageMaker トレーニング: 転送中の暗号化
seed-002 = PrivateLink、エンドポイントとピアリング
seed-003 = VPC 内の AWS Glue
seed-004 = SageMaker のデータ送信の制御
seed-more = その他

## キーボードとマウス: 各ショートカットとその動作
shortcut-palette-keys = パレットからドラッグ
shortcut-palette-does = コンポーネントを追加します。ゾーン内にドロップすると、その中に入れます
shortcut-palette-enter-keys = パレットの項目で Enter
shortcut-palette-enter-does = 表示の中央に追加します
shortcut-move-keys = ノードをドラッグ (ゾーンはタブか本体で)
shortcut-move-does = 移動します。ゾーンの内外にドロップすると、入れたり出したりします
shortcut-connect-keys = ノードの右のハンドルをドラッグ
shortcut-connect-does = 別のノードに接続します (フロー)
shortcut-band-keys = 空のキャンバスでドラッグ、またはゾーン内で Alt + ドラッグ
shortcut-band-does = 範囲で選択します (Shift: 追加)
shortcut-shift-click-keys = Shift + クリック
shortcut-shift-click-does = 選択に追加、または選択から外します
shortcut-pan-keys = Space + ドラッグ、または中ボタンでドラッグ
shortcut-pan-does = 表示の移動
shortcut-wheel-keys = ホイール
shortcut-wheel-does = ポインターを中心に拡大・縮小
shortcut-undo-keys = Ctrl/⌘ + Z
shortcut-undo-does = 元に戻す
shortcut-redo-keys = Shift + Ctrl/⌘ + Z、または Ctrl + Y
shortcut-redo-does = やり直す
shortcut-copy-keys = Ctrl/⌘ + C、Ctrl/⌘ + V
shortcut-copy-does = コピー、貼り付け (クリップボードに設計、draw.io ダイアグラム、共有リンクがあればそれを開きます)
shortcut-select-all-keys = Ctrl/⌘ + A
shortcut-select-all-does = すべて選択
shortcut-delete-keys = Delete または Backspace
shortcut-delete-does = 選択項目を削除
shortcut-arrows-keys = 矢印キー
shortcut-arrows-does = 選択項目をグリッド 1 つ分移動
shortcut-zoom-keys = + / − / 0
shortcut-zoom-does = 拡大、縮小、内容に合わせる
shortcut-tab-keys = Tab、Enter
shortcut-tab-does = 要素間を移動し、フォーカスした要素を選択します
shortcut-escape-keys = Escape
shortcut-escape-does = 選択を解除し、ダイアログを閉じます
shortcut-help-keys = ?
shortcut-help-does = このヘルプ
shortcut-find-keys = /
shortcut-find-does = 名前でノードを検索。もう一度 Enter で次のノード
shortcut-menu-keys = 右クリック、Shift + F10 またはメニューキー
shortcut-menu-does = その場所のノード、フロー、キャンバスのメニューを開きます: 削除、複製、接続、検出結果の表示など

## ファイル、共有、エクスポートのメニュー
open = 開く
open-tooltip = 設計ファイル (.json) または draw.io ダイアグラム (.drawio, .drawio.svg, .drawio.png) を開く
open-input-label = 設計ファイルを開く
save = 保存
save-tooltip = 設計をファイルに保存
share = 共有
copy-link = リンクをコピー
copy-embed = 埋め込みコードをコピー
export = エクスポート
export-svg = ダイアグラム (SVG)
export-png = ダイアグラム (PNG)
export-drawio = ダイアグラム (draw.io)
export-md = 検出結果 (Markdown)
export-json = 検出結果 (JSON)
export-sarif = 検出結果 (SARIF)
embed-snippet-title = 埋め込みコード
embed-snippet-note = ドキュメントのページに貼り付けます。ダイアグラムは読み取り専用でフレームに合わせて表示され、検出結果はその場でチェックされます。そのページから postMessage で文書を送れるようにするには、?embed の直後、# の前に &parent=ORIGIN を追加します。# の後に置くと、アドレスではなく設計の一部になります。
share-link-title = 共有リンク
share-link-note = 設計全体がリンクの # の後ろに含まれて運ばれ、サーバーには送信されません。リンクを開いた人は設計とその検出結果を見られます。
copy = コピー
copied = コピーしました
characters = { $count } 文字
save-failed = 保存できませんでした: { $error }
export-failed = エクスポートできませんでした: { $error }
opened-file = { $name } を開きました。元に戻すと前のダイアグラムに戻ります。
open-failed = { $name } を開けませんでした。ダイアグラムは変更されていません。
import-failed = { $name } をインポートできませんでした。ダイアグラムは変更されていません。

# 開くメニュー: ファイル、貼り付けたテキスト、最後の draw.io インポート。
open-file-item = ファイル…
open-text-item = テキストを貼り付け…
open-text-title = 貼り付けたテキストを開く
open-text-help = 設計 (JSON)、draw.io ダイアグラム (draw.io の Extras → Edit Diagram に表示される XML、または draw.io でコピーした図形)、または共有リンクを貼り付けてください。キャンバスに貼り付けても (Ctrl/⌘ + V) 同じように開きます。
open-text-label = 開くテキスト
open-text-empty = 先に設計、draw.io ダイアグラム、または共有リンクを貼り付けてください。
pasted-name = 貼り付けたテキスト
reopen-import = { $name } の draw.io インポート…
find-label = 名前でノードを検索
find-placeholder = ノードを検索 (/)
find-none = 「{ $query }」に一致する名前のノードはありません

# 「draw.io からインポート」ダイアログ。
imported-title = draw.io からインポート
imported-page = ページ
imported-kind = 種類
imported-not-mapped = — 対応付けなし —
imported-edges = 接続線とその他のセル
imported-mapped = 手動で対応付け済み
imported-notes = インポート時の判断
imported-cell = セル
imported-label = ラベル
imported-why = 理由
imported-apply = 適用
imported-all = すべての図形と接続線を認識しました。
imported-unknown = Airlock が知らない図形です。上で種類を選んでください
imported-how = Airlock が知らない図形の種類を選んでください。選択はファイル内の同じスタイルのすべての図形に適用されます。
imported-reimport = 適用すると、この選択でファイルを再インポートします。インポート後に設計に加えた編集は置き換えられます (元に戻すと戻ります)。
imported-summary = { $name }、ページ `{ $page }`: ノード { $nodes } 個、フロー { $flows } 個。
imported-not-understood = ページ `{ $page }` で認識できなかった図形と接続線: { $count } 個
imported-cells = セル { $count } 個
imported-map-label = 図形 `{ $key }` の種類
imported-failed = ファイルを再インポートできませんでした。設計は変更されていません。

## このブラウザに保存された設計とバナー
dismiss = 閉じる
designs-help = このブラウザで描いたり開いたりしたすべての設計が、作業中に保存されます。リンク、ファイル、テンプレートはそれぞれ別の設計として開き、他の設計は変更しません。
designs-none = このブラウザに保存された設計はまだありません。描いた設計は作業中にここへ保存されます。
designs-unavailable = ここには設計を保存できません: { $error }。
time-unknown = 日時不明
design-meta = ノード { $nodes } 個 · { $size } · { $when }
open-here = このタブで表示中
rename = 名前を変更
new-title = 新しいタイトル
save-as-file = ファイルに保存
open-in-this-tab = このタブで開いています
delete-from-browser = このブラウザから削除
delete-for-good = 完全に削除
design-opened = 「{ $title }」を開きました。元に戻すと、前の設計に戻ります。
design-open-failed = 「{ $title }」を開けませんでした: { $error }
design-open-failed-after = 設計は一覧に残っています。修復するには、そこからファイルに保存してください。
design-save-failed = 「{ $title }」をファイルに保存できませんでした: { $error }
rename-failed = 設計の名前を変更できませんでした: { $error }

## 設計の保存についての通知
quoted-title = 「{ $title }」
this-design = この設計
autosave-off = 自動保存はオフです: { $error }。作業内容はこのタブに残っています。不要な設計を削除するか (設計)、保存を使ってファイルに残してください。
database-refused = ブラウザのデータベースが { $design } の最新の変更を保持できませんでした ({ $error })。変更はこのタブを閉じるまで残り、設計の一覧にはその前に保存した版があります。保存を使ってファイルに残してください。
other-tab-deleted = 別のタブが { $design } を設計の一覧から削除しました。このタブで開いているため、保持します。
other-tab-both = 別のタブも { $design } を変更しました。このタブの版は別の設計として保持され、どちらも設計の一覧にあります。
other-tab-changed = 別のタブが { $design } を変更しました。このタブにはその版を表示しています。元に戻すと、前の版に戻ります。
framed-note = Airlock は別のページの中で開かれています。そのページが Airlock に保存された設計を変更できないよう、ここでは自動保存はオフです。ファイルに残すには保存を使ってください。
shared-opened = 共有された設計を開きました。元に戻すと前の設計に戻ります。前の設計は設計の一覧にも残っています。
share-link-failed = 共有リンクを開けませんでした: { $error }
restore-failed = 最後に保存された設計を復元できませんでした: { $error }
restore-failed-after = 設計は変更されずに一覧に残っています (そこからファイルに保存してください)。このタブは新しい設計で始まります。

## セーフモード
safe-mode = セーフモード — 検査は一時停止中
safe-mode-unfinished = 前回 Airlock はこの設計の検査を終えられませんでした (タブが閉じたか、応答しなくなりました)。そのため読み取り専用で開いており、検査していません。
safe-mode-slow = 前回この設計の検査に { $seconds } 秒以上かかったため、読み取り専用で開いており、検査していません。
safe-mode-asked = この設計は読み取り専用で開いており、検査していません。
safe-mode-after = ファイルに保存するか、それでも検査するか、設計一覧から別の設計を開いてください。
safe-mode-check = それでも検査する
safe-mode-check-tooltip = セーフモードを終了し、設計を検査して再び編集できるようにします
designs-safe-mode = セーフモード
designs-safe-mode-help = セーフモードでは、このタブで開いている設計を検査せずに読み取り専用で表示します。検査に時間がかかる設計に使います。

## キャンバスのフローのチップとツールチップ
chip-plain = 平文
chip-tls-enforced = TLS (強制)
chip-nothing = { $base } · なし
chip-subset = { $base } · 一部
tls-enforced-by = エンドツーエンドの TLS: { $node } は TLS なしの接続を拒否します

## キャンバスのコンテキストメニュー
menu-label = 操作
menu-delete = 削除
menu-duplicate = 複製
menu-connect = 接続
menu-show-findings = 検出結果を表示
menu-about-kind = この種類について
menu-about-title = 種類の説明: { $kind }
menu-edit-flow = 経路と TLS を編集
menu-paste = 貼り付け
menu-select-all = すべて選択
menu-fit = 画面に合わせる

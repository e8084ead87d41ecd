# ルールごとのタイトル、問題になる理由、一般的な修正方法 (コード順)。

egr001-title = 機密データにインターネットへの経路がある
egr001-why = NAT ゲートウェイやインターネットゲートウェイを通ると、暗号化の有無にかかわらずデータが AWS ネットワークの外に出られます
egr001-fix = VPC エンドポイント経由で AWS のサービスに接続し、NAT ゲートウェイまたはインターネットゲートウェイを通る経路を削除します

egr002-title = パブリックネットワーク経由で SageMaker に接続している
egr002-why = インターフェイスエンドポイントがないと、SageMaker API の呼び出しとそのデータはパブリックエンドポイントに送られます
egr002-fix = SageMaker 用のインターフェイス VPC エンドポイント (PrivateLink) 経由でフローをルーティングします

egr003-title = ノートブックの署名付き URL をどの IP からでも開ける
egr003-why = 社外のネットワークからでも、署名付き URL を持つ人なら誰でもノートブックとそのデータを開けます
egr003-fix = aws:SourceIp 条件で CreatePresignedNotebookInstanceUrl を社内の IP 範囲に制限します

egr004-title = VPC に接続されていない Glue ジョブ
egr004-why = VPC 接続のない Glue ジョブは、VPC が管理していないパブリックネットワーク経由でサービスに接続します
egr004-fix = Glue 接続 (VPC、プライベートサブネット、セキュリティグループ) でジョブをプライベートサブネットに接続します

egr005-title = エンドポイントなしで VPC から S3 または DynamoDB に接続している
egr005-why = エンドポイントがないと、VPC からのトラフィックはゲートウェイを通ってサービスのパブリックエンドポイントに向かいます
egr005-fix = VPC にそのサービス (S3 または DynamoDB) のゲートウェイエンドポイントを追加し、フローがそれを通るようにルーティングします

egr006-title = ノートブックに直接インターネットアクセスがある
egr006-why = 直接インターネットアクセスのあるノートブックは、開いたどのデータもインターネットに送信できます
egr006-fix = 直接インターネットアクセスを無効にし、VPC エンドポイント経由で AWS のサービスに接続します

egr007-title = ネットワーク分離のない SageMaker コンテナ
egr007-why = ネットワーク分離のないコンテナは、読み取ったデータをインターネットに送信できます
egr007-fix = トレーニングジョブまたはモデルでネットワーク分離を有効にします

egr008-title = インターネットへの送信が許可されていない設計でデータにインターネットへの経路がある
egr008-why = 設計はインターネットへの送信を許可していませんが、このフローの経路はインターネットに到達します
egr008-fix = VPC エンドポイント経由で AWS のサービスに接続し、NAT ゲートウェイまたはインターネットゲートウェイを通る経路を削除します

enc001-title = IPsec が必要な箇所で暗号化のレイヤーが違う
enc001-why = TLS はレイヤー 7 で 1 つのアプリケーションプロトコルだけを保護するため、レイヤー 3 の IPsec という要件を満たせません
enc001-fix = インターネット経由または Direct Connect 経由の Site-to-Site VPN (IPsec) でフローをルーティングします

enc002-title = 暗号化されていない転送中のデータ
enc002-why = ピアリング、NAT、トランジットゲートウェイ、Direct Connect は暗号化を追加せず、IAM や保管時の暗号化は転送中のデータを保護しません
enc002-fix = フローで TLS を有効にして受信側で強制するか、Site-to-Site VPN 経由でルーティングします

enc003-title = コンテナ間の暗号化のない分散トレーニング
enc003-why = 分散トレーニングのインスタンスは、トレーニングデータをネットワーク上で平文のままやり取りします
enc003-fix = トレーニングジョブでコンテナ間のトラフィック暗号化を有効にします

enc004-title = サーバーが TLS を強制していない
enc004-why = クライアントだけが選ぶ TLS は、クライアントの設定を 1 つ誤るだけで平文になります
enc004-fix = TLS なしの接続を拒否するサーバー側の設定を有効にします

loc001-title = 機密データがオンプレミスネットワークの外に出る
loc001-why = 機密データをクラウドに移すと境界を越えた時点でデータのローカライゼーションが破られ、後でフィルタリングしても元に戻せません
loc001-fix = ソースで機密でないデータセットだけを選択し、機密データが境界を越えないようにします

loc002-title = 機密データでトレーニングされたモデル
loc002-why = 機密データでトレーニングされたモデルはそのデータを明かすおそれがあり、そのデータの規則の対象になります
loc002-fix = トレーニングジョブへの経路では機密でないデータセットだけを選択します

loc003-title = 指定されたリージョンの外にある機密データ
loc003-why = データレジデンシーの要件により、機密データは 1 つのリージョンで保存および処理する必要があり、暗号化してもデータの所在は変わりません
loc003-fix = 機密データを扱うノードを指定されたリージョンに置くか、他のリージョンへのフローでは機密でないデータセットだけを選択します

net001-title = VPC の外から使われているゲートウェイエンドポイント
net001-why = ゲートウェイエンドポイントは自身の VPC のルートテーブルにあるルートなので、オンプレミスやピアリング経由のトラフィックは使えません
net001-fix = ゲートウェイエンドポイントを、オンプレミスやピアリングされた VPC から到達できるインターフェイスエンドポイントに置き換えます

net002-title = S3 や DynamoDB 以外のサービス向けのゲートウェイエンドポイント
net002-why = ゲートウェイエンドポイントがあるのは S3 と DynamoDB だけで、他のサービスにはゲートウェイエンドポイントでは到達できません
net002-fix = そのサービスにはインターフェイスエンドポイント (PrivateLink) を使います

net003-title = エンドポイントとサービスのリージョンが異なる
net003-why = VPC エンドポイントとエンドポイントサービスは 1 つのリージョン内でのみ機能します
net003-fix = サービスのリージョンにある VPC にエンドポイントを置きます

net004-title = フローが 2 つの VPC ピアリングを経由している
net004-why = VPC ピアリングは推移的ではないため、2 つのピアリングを経由する経路は機能しません
net004-fix = 2 つの VPC を直接ピアリングするか、トランジットゲートウェイで接続します

net005-title = CIDR ブロックが重複する VPC を接続している
net005-why = AWS では CIDR ブロックが重複する VPC はピアリングできず、トランジットゲートウェイでその間をルーティングすることもできません
net005-fix = 一方の VPC のアドレスを振り直すか、代わりに PrivateLink でサービスを接続します

net006-title = NLB または GWLB を前段に置いていないエンドポイントサービス
net006-why = PrivateLink のエンドポイントサービスは Network Load Balancer または Gateway Load Balancer からのみ作成できます
net006-fix = サービスの前段に Network Load Balancer (アプライアンスの場合は Gateway Load Balancer) を置きます

net007-title = パブリックアクセスが可能なデータベース
net007-why = パブリックアクセスが可能なデータベース、またはパブリックサブネットにあるデータベースには、インターネットから到達できます
net007-fix = データベースをプライベートサブネットに置き、パブリックアクセスを無効にします

net008-title = データベースのセキュリティグループがアドレス範囲を許可している
net008-why = アドレス範囲は、データベースを使うジョブだけでなく、その範囲内のすべてのホストを許可します
net008-fix = データベースを使うジョブのセキュリティグループ (たとえば Glue 接続のもの) だけを許可します

net009-title = パブリックサブネットにある Glue 接続
net009-why = Glue のネットワークインターフェイスはプライベートアドレスだけを持つため、プライベートサブネットに置く必要があります
net009-fix = Glue 接続をプライベートサブネットに移し、ゲートウェイエンドポイント経由で S3 に接続します

net010-title = フローがピアリング経由で別の VPC のゲートウェイを使っている
net010-why = ピアリングされた VPC は、相手の VPC の VPN、Direct Connect、インターネットゲートウェイ、NAT ゲートウェイを使えません
net010-fix = VPC と接続をトランジットゲートウェイで接続するか、VPC に専用のゲートウェイを用意します

net011-title = ネットワーク分離された SageMaker コンテナがネットワーク接続付きで描かれている
net011-why = ネットワーク分離されたコンテナはネットワーク呼び出しを行わず、SageMaker は S3、EFS、FSx のチャネルでのみデータを移動します
net011-fix = データを S3 に置いて入力チャネルとして渡すか、ネットワーク分離を無効にして VPC 経由でデータベースに接続します

net012-title = 何も接続していないネットワーク間のフロー
net012-why = AWS は VPC にアタッチされたものを通してのみ VPC のトラフィックをルーティングするため、ネットワーク間に何もなければフローは成立しません
net012-fix = フローが通る VPN、Direct Connect、エンドポイント、ピアリング、またはトランジットゲートウェイを描き、フローをそこにルーティングします

net013-title = データベースのセキュリティグループがクライアントを許可していない
net013-why = セキュリティグループは許可していないものを拒否するため、クライアントの接続は拒否されます
net013-fix = データベースのインバウンドルールにクライアントのセキュリティグループを追加します
net014-title = 別のサービス用のエンドポイントを通る経路
net014-why = VPC エンドポイントは作成時のサービスへのトラフィックだけを運び、他のサービスへのトラフィックは VPC の別の経路を通るか失敗します
net014-fix = フローが届くサービス用のエンドポイントを通るようにルーティングするか、エンドポイントのサービスを修正します
net015-title = 必要な SageMaker エンドポイントがないプライベートノートブック
net015-why = 直接インターネットアクセスがオフで外への経路がないと、ノートブックは VPC 内のインターフェイスエンドポイント経由でしか SageMaker の API、ランタイム、STS に接続できません
net015-fix = ノートブックの VPC に sagemaker.api、sagemaker.runtime、sts 用のインターフェイスエンドポイントを追加します

# メッセージで使うノードの種類名。

kind-on-premises-network = オンプレミスネットワーク
kind-aws-region = AWS リージョン
kind-vpc = VPC
kind-public-subnet = パブリックサブネット
kind-private-subnet = プライベートサブネット
kind-internet = インターネット
kind-site-to-site-vpn = Site-to-Site VPN
kind-direct-connect = Direct Connect
kind-vpc-peering = VPC ピアリング
kind-transit-gateway = トランジットゲートウェイ
kind-nat-gateway = NAT ゲートウェイ
kind-internet-gateway = インターネットゲートウェイ
kind-gateway-endpoint = ゲートウェイエンドポイント
kind-interface-endpoint = インターフェイスエンドポイント
kind-endpoint-service = エンドポイントサービス
kind-glue-job = Glue ジョブ
kind-glue-connection = Glue 接続
kind-dms-replication = DMS レプリケーション
kind-sagemaker-training-job = SageMaker トレーニングジョブ
kind-sagemaker-notebook = SageMaker ノートブック
kind-sagemaker-model = SageMaker モデル
kind-ec2-instance = EC2 インスタンス
kind-on-premises-server = オンプレミスサーバー
kind-on-premises-users = オンプレミスのユーザー
kind-s3-bucket = S3 バケット
kind-dynamodb-table = DynamoDB テーブル
kind-rds-instance = RDS インスタンス
kind-on-premises-database = オンプレミスデータベース

## ドキュメントを読み込めなかった理由、エディターが編集を拒否した理由、
## 形式のアップグレードが伝える内容。パス (`nodes[3].parent`)、id、
## プロパティキー、serde の説明はそのまま残します。

## 問題ひとつとその場所
problem = { $path }: { $message }
problem-of = { $path } ({ $id }): { $message }
# serde が英語で書いた説明はそのまま残します。
load-detail = ドキュメントの形式に合いません: { $detail }
load-detail-at = { $message } ({ $line } 行 { $column } 列)

## 読み込みエラー
load-too-large = ドキュメントのサイズが { $size } バイトで、上限の { $limit } バイトを超えています
load-syntax = { $line } 行 { $column } 列: 有効な JSON ではありません: { $detail }
load-missing-version = Airlock のドキュメントではありません: 最上位に "airlock": { $version } が必要です
load-newer-version = airlock: このドキュメントの形式バージョン { $found } は、この Airlock が読めるバージョン ({ $supported } まで) より新しいです。新しい Airlock で開いてください
load-unknown-version = airlock: 不明な形式バージョン { $found } です。バージョンは 1 から始まります
load-migration = 形式バージョン { $from } からの変換中: { $message }
load-invalid = 問題 { $count } 件: { $problems }
load-version-not-number = 形式バージョンは整数である必要がありますが、{ $found } です
load-not-an-object = JSON オブジェクトが必要です
load-design-too-large = 設計が { $size } MiB になり、ファイルの上限 { $limit } MiB を超えます

## 検証: 上限
too-many-nodes = ノード { $count } 個は上限のノード { $limit } 個を超えています
too-many-flows = フロー { $count } 個は上限のフロー { $limit } 個を超えています
too-many-suppressions = 抑制 { $count } 件は上限の抑制 { $limit } 件を超えています
too-many-entries = 項目 { $count } 個はリストあたりの上限 { $limit } 個を超えています
too-many-datasets = データセット { $count } 個はストアあたりの上限 { $limit } 個を超えています
too-many-selected = 名前 { $count } 個は選択あたりのデータセットの上限 { $limit } 個を超えています
too-many-route-nodes = 接続ノード { $count } 個は経路あたりの上限 { $limit } 個を超えています
text-too-long = { $what }が上限の { $limit } 文字を超えています
field-title = タイトル
field-schema = $schema のアドレス
field-description = 説明
field-label = ラベル
field-reason = 理由

## 検証: id
id-empty = id が空です
id-too-long = id が上限の { $limit } 文字を超えています
id-chars = id に使えるのは英字、数字、`-`、`_`、`.`、`:` だけです
id-duplicate = id が重複しています

## 検証: ノード
coordinate-range = { $field } は ±10,000,000 以内の有限の数値である必要があります
size-range = { $field } は ±10,000,000 以内で 0 より大きい有限の数値である必要があります
must-sit = { $kind } は { $places } にのみ置けます
cannot-sit = { $kind } は { $parent } 内に置けません。置ける場所: { $places }
place-top = 最上位
place-in = { $kind } 内
places-or = { $first } または { $second }
parent-not-node = 親 { $parent } というノードはありません
parent-not-zone = 親 { $parent } の種類 ({ $kind }) はゾーンではありません
prop-not-applicable = { $key } は { $kind } には適用されません。適用対象: { $kinds }
not-a-region = { $region } は { $example } のようなリージョンコードではありません
dataset-unnamed = データセットには名前が必要です
dataset-name-too-long = データセット名が上限の { $limit } 文字を超えています
dataset-twice = データセット { $name } が 2 回記載されています
not-sg-or-cidr = { $entry } はセキュリティグループ id (`sg-…`) でも CIDR ブロックでもありません
not-sg = { $sg } はセキュリティグループ id ではありません
connection-not-glue = { $connection } の種類 ({ $kind }) は glue-connection ではありません
connection-not-node = 接続 { $connection } というノードはありません
instance-count = インスタンス数は 1 から 10,000 の間である必要があります
vpc-region = VPC に指定されたリージョン { $own } が、VPC を描いたリージョン { $outer } と異なります
containment-cycle = 包含関係の循環: { $id } が自分自身の中に入っています
nested-too-deep = ゾーンの入れ子が上限の { $limit } 階層より深くなっています (または包含関係が循環しています)
cidr-not-a-block = { $cidr } は CIDR ブロックではありません (a.b.c.d/n の形式が必要です)
cidr-prefix = { $cidr } のプレフィックス長が 0..=32 の範囲外です
cidr-address = { $cidr } のアドレスが無効です

## 検証: フローと抑制
not-a-node = { $id } というノードはありません
flow-end-zone = フローは { $kind } で始まったり終わったりできません。その中のノードを接続してください
flow-same-ends = フローは同じノードで始まって終わることはできません
flow-macsec = MACsec が保護するのはフローではなく Direct Connect リンクです。Direct Connect ノードに `macsec` を設定してください
only-from-transit = { $kind } は受け取ったものをそのまま渡すため、データセットを選択できません。送信元から出る区間で選択してください
unknown-dataset = { $name } という名前のデータセットを持つデータストアはありません
route-not-passable = 経路が通れるのは接続ノードとインターネットだけで、{ $kind } は通れません。フローをそこで終え、別のフローを始めてください
route-twice = 経路が { $node } を 2 回通っています (またはフローの端でもあります)
target-too-long = 対象が上限の { $limit } 文字を超えています (対象は id ひとつ、または `->` でつないだ id 2 つです)
not-a-rule-code = { $rule } は `EGR001` のようなルールコードではありません
target-empty = 対象が空です
reason-missing = 抑制には理由を書く必要があります

## 形式のアップグレード
migrate-has-via = バージョン 1 のフローには `via` がありません。このドキュメントはバージョン 2 ではありませんか?
migrate-too-many-flows = 接続ノードを通る区間を組み合わせるとフローが { $count } 個になり、上限の { $limit } 個を超えます。以前の Airlock で開き、各パイプラインの経路を 1 回ずつ描いてください
migrate-too-many-steps = 接続ノードを通る区間を組み合わせた経路が、Airlock がたどれる数を超えています ({ $steps } ステップ超)。各パイプラインの経路を 1 回ずつ描いてください
note-version-1-junction = バージョン 1 は { $name } に入るすべての矢印を、出るすべての矢印とつないでいました (入り { $ins } 本、出 { $outs } 本)。各組み合わせが個別のフローになりました。実際には発生しないフローを削除してください
note-junction = { $name } ({ $id }) の分岐があいまいです: 入る矢印 { $ins } 本、出る矢印 { $outs } 本で、どれ同士がつながるかを図が示していません。各組み合わせが個別のフローになりました。実際には発生しないフローを削除してください
note-macsec-dropped = 区間 { $hop } で MACsec が宣言されていましたが、フローには宣言できないため削除しました。代わりに Direct Connect リンクに `macsec` を設定してください

## エディター: 編集を拒否した理由
edit-invalid-move = 無効な移動です
edit-no-node = ノード { $id } はありません
edit-no-flow = フロー { $id } はありません
edit-no-element = 要素 { $id } はありません
edit-only-zones-resize = サイズを変更できるのはゾーンだけです
edit-route-not-passing = 経路は { $node } を通っていません
edit-bad-value = { $key } にはその値を設定できません
edit-flow-two-nodes = フローには異なるノードが 2 つ必要です
edit-placed-inside = { $kind } を置けるのは次の中だけです: { $places }
edit-route-twice = 経路が { $name } を 2 回通ることになります。フローは各ノードを 1 回だけ通ります
edit-flow-drawn = このフローはすでに描かれています (送信元、経路、送信先が同じ)
edit-locked = セーフモードでは設計は読み取り専用です (編集するには「それでも検査する」を押してください)

## コマンドライン
cli-too-large = ドキュメントが上限の { $limit } バイトを超えています
cli-not-understood = 認識できなかったセル { $count } 個。図形は --map KEY=KIND で対応付けてください
cli-cannot-check = { $path } を検査できません
cli-cannot-upgrade = { $path } をアップグレードできません
cli-cannot-import = { $path } をインポートできません
cli-cannot-export = { $path } をエクスポートできません

## アプリ: 開くときに最新の形式に更新した設計
migrated = { $what } は以前の形式で書かれていたため、更新しました:
the-design = 設計
the-shared-design = 共有された設計
the-template = テンプレート
not-utf8 = ファイルが UTF-8 テキストではありません

## 共有リンク
share-too-big = この設計はリンクにするには大きすぎます ({ $size } 文字、上限は { $limit } 文字)。ファイルとして保存し、ファイルを共有してください
share-damaged = リンクが壊れています: { $detail }
share-invalid = リンクの設計を読み込めません: { $error }

## draw.io インポート: セルを認識できなかった理由と、インポート時の判断。
## セル ID、スタイルキー、ラベルはそのままにします。
drawio-findings-layer = { $layer } レイヤー上にある (エクスポートが書いたもの)
drawio-not-a-cell = 図形でも接続線でもない
drawio-zone-without-box = 位置とサイズのない { $kind }
drawio-frame = { $what }: Airlock に対応する領域がないため、中にあるものは外側の領域に配置される
drawio-frame-group = draw.io のグループ
drawio-frame-cloud = AWS Cloud グループ
drawio-frame-az = アベイラビリティーゾーンのグループ
drawio-frame-account = AWS アカウントのグループ
drawio-frame-auto-scaling = Auto Scaling グループ
drawio-frame-instances = インスタンスのグループ
drawio-frame-security-group = セキュリティグループ
drawio-text = テキストでありコンポーネントではない
drawio-part-of = 認識できなかった { $cell } の一部
drawio-unknown-shape = 不明な図形 { $key }。種類を対応付けてください (--map { $map })
drawio-outside = { $kind } は { $places } にのみ置けるが、{ $drawn }
drawio-drawn-in = { $zone } { $label } の中に描かれている
drawio-drawn-nowhere = どの領域にも描かれていない
drawio-loose-end = { $which ->
        [source] 送信元
       *[target] 送信先
    }のない接続線 (端がつながっていない)
drawio-end-in-zone = { $which ->
        [source] 送信元
       *[target] 送信先
    }が { $kind } ({ $cell }) で、ここではデータフローが始まりも終わりもしない。中のコンポーネントに接続してください
drawio-end-not-understood = { $which ->
        [source] 送信元
       *[target] 送信先
    } { $cell } を認識できなかった
drawio-self-edge = 図形から自分自身への接続線
drawio-edge-label = 認識できなかった接続線 { $cell } のラベル
drawio-from-label = { $kind } { $label } のラベルに { $value } があるため、{ $key } として使いました
drawio-label-cut = セル { $cell } のラベルが { $limit } 文字を超えるため、切り詰めました
drawio-subnet-guess = サブネット { $label } はラベルからも色からもパブリックかプライベートか分からないため、プライベートとみなしました
drawio-first-page = ファイルには { $count } ページ ({ $pages }) あり、最初の { $first } をインポートしました。別のページは --page で選んでください

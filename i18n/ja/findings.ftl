# 検出結果メッセージの部品。バッククォートで囲まれた引数は設計から来た名前で、そのまま表示されます。

list-separator = 、
list-more = { $list } ほか { $more } 件
node = { $kind } { $name }

# 발견 사항 메시지의 구성 요소. 백틱으로 감싼 인수는 설계에서 온 이름이며 그대로 표시됩니다.

list-separator = {", "}
list-more = { $list } 외 { $more }개
node = { $kind } { $name }

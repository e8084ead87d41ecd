# Pieces of finding messages. Arguments in backticks (`$name`) come
# from the design and are shown as they are.

list-separator = {", "}
list-more = { $list } and { $more } more
node = { $kind } { $name }

# Strings: one CHARSXP per distinct string, shared by every vector that holds it.
keys <- paste0("key_", 1:1000)
object.size(keys)
again <- paste0("key_", 1:1000)
object.size(c("a", "b", "a"))
nchar("hello")
letters[1:5]
toupper_free <- c(first = "a", second = "b")
toupper_free
gc()

# rheap corpus: rd-base/showConnections.R
# source: the examples of help page showConnections.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: showConnections
### Title: Display Connections
### Aliases: showConnections getConnection getAllConnections
###   closeAllConnections stdin stdout stderr nullfile isatty
### Keywords: connection

### ** Examples

showConnections(all = TRUE)
## Not run: 
##D textConnection(letters)
##D # oops, I forgot to record that one
##D showConnections()
##D #  class     description      mode text   isopen   can read can write
##D #3 "letters" "textConnection" "r"  "text" "opened" "yes"    "no"
##D mycon <- getConnection(3)
## End(Not run)

c(isatty(stdin()), isatty(stdout()), isatty(stderr()))




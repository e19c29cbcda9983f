# rheap corpus: rd-base/sink.R
# source: the examples of help page sink.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 9 expression(s) (files: 7; uses pruned variable: 2)

### Name: sink
### Title: Send R Output to a File
### Aliases: sink sink.number
### Keywords: file connection

### ** Examples

#- pruned (files): sink("sink-examp.txt")
i <- 1:10
outer(i, i)
#- pruned (files): sink()
## Don't show: 
#- pruned (files): unlink("sink-examp.txt")
## End(Don't show)
## No test: 
## capture all the output to a file.
#- pruned (files): zz <- file("all.Rout", open = "wt")
#- pruned (uses pruned zz): sink(zz)
#- pruned (uses pruned zz): sink(zz, type = "message")
try(log("a"))
## revert output back to the console -- only then access the file!
#- pruned (files): sink(type = "message")
#- pruned (files): sink()
#- pruned (files): file.show("all.Rout")
## End(No test)



# rheap corpus: rd-base/shQuote.R
# source: the examples of help page shQuote.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: shQuote
### Title: Quote Strings for Use in OS Shells
### Aliases: shQuote
### Keywords: utilities

### ** Examples

test <- "abc$def`gh`i\\j"
cat(shQuote(test), "\n")
## Not run: system(paste("echo", shQuote(test)))
test <- "don't do it!"
cat(shQuote(test), "\n")

tryit <- paste("use the", sQuote("-c"), "switch\nlike this")
cat(shQuote(tryit), "\n")
## Not run: system(paste("echo", shQuote(tryit)))
cat(shQuote(tryit, type = "csh"), "\n")

## Windows-only example, assuming cmd.exe:
perlcmd <- 'print "Hello World\\n";'
## Not run: 
##D shell(shQuote(paste("perl -e", 
##D                     shQuote(perlcmd, type = "cmd")),
##D               type = "cmd2"))
## End(Not run)




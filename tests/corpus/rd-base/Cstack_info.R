# rheap corpus: rd-base/Cstack_info.R
# source: the examples of help page Cstack_info.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Cstack_info
### Title: Report Information on C Stack Size and Usage
### Aliases: Cstack_info
### Keywords: utilities

### ** Examples
## No test: 
Cstack_info()
## End(No test)



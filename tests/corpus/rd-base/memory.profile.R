# rheap corpus: rd-base/memory.profile.R
# source: the examples of help page memory.profile.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: memory.profile
### Title: Profile the Usage of Cons Cells
### Aliases: memory.profile
### Keywords: utilities

### ** Examples
## No test: 
memory.profile()
## End(No test)



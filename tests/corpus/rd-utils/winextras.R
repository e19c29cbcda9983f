# rheap corpus: rd-utils/winextras.R
# source: the examples of help page winextras.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: winextras
### Title: Get Windows Version
### Aliases: win.version
### Keywords: utilities

### ** Examples

if(.Platform$OS.type == "windows")
   print(win.version())




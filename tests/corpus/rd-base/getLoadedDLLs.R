# rheap corpus: rd-base/getLoadedDLLs.R
# source: the examples of help page getLoadedDLLs.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: getLoadedDLLs
### Title: Get DLLs Loaded in Current Session
### Aliases: getLoadedDLLs print.DLLInfo print.DLLInfoList [.DLLInfoList
###   $.DLLInfo DLLInfo DLLInfoList
### Keywords: interface

### ** Examples

getLoadedDLLs()

utils::tail(getLoadedDLLs(), 2) # the last 2 loaded ones, still a DLLInfoList




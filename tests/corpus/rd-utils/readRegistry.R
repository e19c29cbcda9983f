# rheap corpus: rd-utils/readRegistry.R
# source: the examples of help page readRegistry.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: readRegistry
### Title: Read a Windows Registry Hive
### Aliases: readRegistry
### Keywords: utilities

### ** Examples
## No test: 
if(.Platform$OS.type == "windows") withAutoprint({
  ## only in HLM if set in an admin-mode install.
  try(readRegistry("SOFTWARE\\R-core", maxdepth = 3))

  gmt <- file.path("SOFTWARE", "Microsoft", "Windows NT",
                   "CurrentVersion", "Time Zones",
		   "GMT Standard Time", fsep = "\\")
  readRegistry(gmt, "HLM")
}) 
## End(No test)
## Not run: 
##D ## on a 64-bit R need this to find 32-bit JAGS
##D readRegistry("SOFTWARE\\JAGS", maxdepth = 3, view = "32")
##D 
##D ## See if there is a 64-bit user install
##D readRegistry("SOFTWARE\\R-core\\R64", "HCU", maxdepth = 2)
## End(Not run)




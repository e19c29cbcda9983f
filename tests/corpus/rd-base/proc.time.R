# rheap corpus: rd-base/proc.time.R
# source: the examples of help page proc.time.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (timing: 1; uses pruned variable: 1)

### Name: proc.time
### Title: Running Time of R
### Aliases: proc.time print.proc_time summary.proc_time
### Keywords: utilities

### ** Examples
## No test: 
## a way to time an R expression: system.time is preferred
#- pruned (timing): ptm <- proc.time()
for (i in 1:50) mad(stats::runif(500))
#- pruned (uses pruned ptm): proc.time() - ptm
## End(No test)



# rheap corpus: rd-base/autoload.R
# source: the examples of help page autoload.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (package splines: 2)

### Name: autoload
### Title: On-demand Loading of Packages
### Aliases: autoload autoloader .AutoloadEnv .Autoloaded Autoloads
### Keywords: data programming

### ** Examples

require(stats)
autoload("interpSpline", "splines")
search()
ls("Autoloads")
.Autoloaded

x <- sort(stats::rnorm(12))
y <- x^2
is <- interpSpline(x, y)
search() ## now has splines
#- pruned (package splines): detach("package:splines")
search()
is2 <- interpSpline(x, y+x)
search() ## and again
#- pruned (package splines): detach("package:splines")




# rheap corpus: rd-stats/plot.lm.R
# source: the examples of help page plot.lm.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 20 expression(s) (graphics: 19; uses pruned variable: 1)

### Name: plot.lm
### Title: Plot Diagnostics for an 'lm' Object
### Aliases: plot.lm
### Keywords: hplot regression

### ** Examples

#- pruned (graphics): require(graphics)

## Analysis of the life-cycle savings data
## given in Belsley, Kuh and Welsch.
lm.SR <- lm(sr ~ pop15 + pop75 + dpi + ddpi, data = LifeCycleSavings)
#- pruned (graphics): plot(lm.SR)

## 4 plots on 1 page;
## allow room for printing model formula in outer margin:
#- pruned (graphics): par(mfrow = c(2, 2), oma = c(0, 0, 2, 0)) -> opar
#- pruned (graphics): plot(lm.SR)
#- pruned (graphics): plot(lm.SR, id.n = NULL)                 # no id's
#- pruned (graphics): plot(lm.SR, id.n = 5, labels.id = NULL)  # 5 id numbers

## Was default in R <= 2.1.x:
## Cook's distances instead of Residual-Leverage plot
#- pruned (graphics): plot(lm.SR, which = 1:4)

## All the above fit a smooth curve where applicable
## by default unless "add.smooth" is changed.
## Give a smoother curve by increasing the lowess span :
#- pruned (graphics): plot(lm.SR, panel = function(x, y) panel.smooth(x, y, span = 1))

#- pruned (graphics): par(mfrow = c(2,1)) # same oma as above
#- pruned (graphics): plot(lm.SR, which = 1:2, sub.caption = "Saving Rates, n=50, p=5")

## Cook's distance tweaking
#- pruned (graphics): par(mfrow = c(2,3)) # same oma ...
#- pruned (graphics): plot(lm.SR, which = 1:6, cook.col = "royalblue")

## A case where over plotting of the "legend" is to be avoided:
#- pruned (graphics): if(dev.interactive(TRUE)) getOption("device")(height = 6, width = 4)
#- pruned (graphics): par(mfrow = c(3,1), mar = c(5,5,4,2)/2 +.1, mgp = c(1.4, .5, 0))
#- pruned (graphics): plot(lm.SR, which = 5, extend.ylim.f = c(0.2, 0.08))
#- pruned (graphics): plot(lm.SR, which = 5, cook.lty = "dotdash",
#-      cook.legendChanges = list(x = "bottomright", legend = "Cook"))
#- pruned (graphics): plot(lm.SR, which = 5, cook.legendChanges = NULL)  # no "legend"

## Don't show: 
## An example with *long* formula that needs abbreviation:
#- pruned (graphics): par(mfrow = c(2,2))
for(i in 1:5) assign(paste("long.var.name", i, sep = "."), runif(10))
#- pruned (graphics): plot(lm(long.var.name.1 ~
#-         long.var.name.2 + long.var.name.3 + long.var.name.4 + long.var.name.5))
## End(Don't show)
#- pruned (uses pruned opar): par(opar) # reset par()s




# rheap corpus: rd-stats/SSgompertz.R
# source: the examples of help page SSgompertz.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 4; uses pruned variable: 2)

### Name: SSgompertz
### Title: Self-Starting Nls Gompertz Growth Model
### Aliases: SSgompertz
### Keywords: models

### ** Examples

DNase.1 <- subset(DNase, Run == 1)
SSgompertz(log(DNase.1$conc), 4.5, 2.3, 0.7)  # response only
local({  Asym <- 4.5; b2 <- 2.3; b3 <- 0.7
  SSgompertz(log(DNase.1$conc), Asym, b2, b3) # response _and_ gradient
})
print(getInitial(density ~ SSgompertz(log(conc), Asym, b2, b3),
                 data = DNase.1), digits = 5)
## Initial values are in fact the converged values
fm1 <- nls(density ~ SSgompertz(log(conc), Asym, b2, b3),
           data = DNase.1)
summary(fm1)
#- pruned (graphics): plot(density ~ log(conc), DNase.1, # xlim = c(0, 21),
#-      main = "SSgompertz() fit to DNase.1")
#- pruned (graphics): ux <- par("usr")[1:2]
 #- pruned (uses pruned ux): x <- seq(ux[1], ux[2], length.out=250)
#- pruned (uses pruned x): lines(x, do.call(SSgompertz, c(list(x=x), coef(fm1))), col = "red", lwd=2)
As <- coef(fm1)[["Asym"]]; 
#- pruned (graphics): abline(v = 0, h = 0, lty = 3)
#- pruned (graphics): axis(2, at= exp(-coef(fm1)[["b2"]]), quote(e^{-b[2]}), las=1, pos=0)




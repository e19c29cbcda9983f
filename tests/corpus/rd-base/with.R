# rheap corpus: rd-base/with.R
# source: the examples of help page with.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: with
### Title: Evaluate an Expression in a Data Environment
### Aliases: with with.default within within.list within.data.frame
### Keywords: data programming

### ** Examples

with(mtcars, mpg[cyl == 8  &  disp > 350])
    # is the same as, but nicer than
mtcars$mpg[mtcars$cyl == 8  &  mtcars$disp > 350]

require(stats); 
#- pruned (graphics): require(graphics)

# examples from glm:
with(data.frame(u = c(5,10,15,20,30,40,60,80,100),
                lot1 = c(118,58,42,35,27,25,21,19,18),
                lot2 = c(69,35,26,21,18,16,13,12,12)),
    list(summary(glm(lot1 ~ log(u), family = Gamma)),
         summary(glm(lot2 ~ log(u), family = Gamma))))

aq <- within(airquality, {     # Notice that multiple vars can be changed
    lOzone <- log(Ozone)
    Month <- factor(month.abb[Month])
    cTemp <- round((Temp - 32) * 5/9, 1) # From Fahrenheit to Celsius
    S.cT <- Solar.R / cTemp  # using the newly created variable
    rm(Day, Temp)
})
head(aq)




# example from boxplot:
#- pruned (graphics): with(ToothGrowth, {
#-     boxplot(len ~ dose, boxwex = 0.25, at = 1:3 - 0.2,
#-             subset = (supp == "VC"), col = "yellow",
#-             main = "Guinea Pigs' Tooth Growth",
#-             xlab = "Vitamin C dose mg",
#-             ylab = "tooth length", ylim = c(0, 35))
#-     boxplot(len ~ dose, add = TRUE, boxwex = 0.25, at = 1:3 + 0.2,
#-             subset = supp == "OJ", col = "orange")
#-     legend(2, 9, c("Ascorbic acid", "Orange juice"),
#-            fill = c("yellow", "orange"))
#- })

# alternate form that avoids subset argument:
#- pruned (graphics): with(subset(ToothGrowth, supp == "VC"),
#-      boxplot(len ~ dose, boxwex = 0.25, at = 1:3 - 0.2,
#-              col = "yellow", main = "Guinea Pigs' Tooth Growth",
#-              xlab = "Vitamin C dose mg",
#-              ylab = "tooth length", ylim = c(0, 35)))
#- pruned (graphics): with(subset(ToothGrowth,  supp == "OJ"),
#-      boxplot(len ~ dose, add = TRUE, boxwex = 0.25, at = 1:3 + 0.2,
#-              col = "orange"))
#- pruned (graphics): legend(2, 9, c("Ascorbic acid", "Orange juice"),
#-        fill = c("yellow", "orange"))




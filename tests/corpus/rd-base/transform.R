# rheap corpus: rd-base/transform.R
# source: the examples of help page transform.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: transform
### Title: Transform an Object, for Example a Data Frame
### Aliases: transform transform.default transform.data.frame
### Keywords: manip

### ** Examples

transform(airquality, Ozone = -Ozone)
transform(airquality, new = -Ozone, Temp = (Temp-32)/1.8)

attach(airquality)
transform(Ozone, logOzone = log(Ozone)) # marginally interesting ...
detach(airquality)




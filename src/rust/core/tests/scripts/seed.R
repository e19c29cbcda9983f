# The seed's example (lecture notes): a 1e6 matrix, its size, gcinfo, rm, gc.
mydata <- matrix(rnorm(1000000), nrow = 1000)
object.size(mydata)
gcinfo('verbose')
rm(mydata)
gc()

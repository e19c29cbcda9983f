# A vector heap limit: R 4.2.2's message when an allocation passes it.
mem.maxVSize(100)
x <- numeric(5e6)
y <- numeric(1e7)

# With no limit, a request the host cannot serve fails in malloc.
gcinfo(TRUE)
x <- numeric(1e12)

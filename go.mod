module github.com/dyadcoder/dyad

go 1.26.8

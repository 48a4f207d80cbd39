module github.com/skin-analysis/skin-analysis-hugo

go 1.20

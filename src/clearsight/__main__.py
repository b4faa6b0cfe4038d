from clearsight.cli.app import main

main()

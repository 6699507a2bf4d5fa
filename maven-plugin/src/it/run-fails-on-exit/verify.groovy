// The run goal showed UART0 in the log and failed the build with the program's exit status.
String log = new File(basedir, 'build.log').text
assert log.contains('[pico] about to exit with 3')
assert log.contains('rtgo: the program exited with status 3')
assert log.contains('BUILD FAILURE')
return true

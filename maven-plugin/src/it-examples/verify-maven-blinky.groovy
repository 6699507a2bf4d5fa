// examples/maven-blinky after `mvn package`: its tests ran on the device (Surefire's report counts
// them, none failed) and the build goal wrote the image.
// basedir is this script's directory (the invoker binds the hook's own directory), not the example's
File project = new File(basedir, '../../target/it-examples/maven-blinky').canonicalFile
File target = new File(project, 'target')
assert new File(target, 'maven-blinky.uf2').isFile() : 'no target/maven-blinky.uf2'
assert new File(target, 'maven-blinky.elf').isFile()
File report = new File(target, 'surefire-reports/TEST-demo.BlinkerTest.xml')
assert report.isFile() : "no Surefire report ${report}"
String suite = (report.text =~ /<testsuite [^>]*>/)[0]
assert suite.contains('tests="3"') : suite
assert suite.contains('failures="0"') && suite.contains('errors="0"') && suite.contains('skipped="0"') : suite
String log = new File(project, 'build.log').text
assert log.contains('Built target/maven-blinky.uf2')
return true

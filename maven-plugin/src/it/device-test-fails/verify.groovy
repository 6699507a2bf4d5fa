// Surefire ran the class through the Pico extension: the failing test is reported with JUnit's
// message from the device, the passing one passed, the disabled one was skipped.
String log = new File(basedir, 'build.log').text
assert log.contains('addTwice(2) ==> expected: <4> but was: <6>') : 'no assertion message from the device'
assert log =~ /Tests run: 3, Failures: 1, Errors: 0, Skipped: 1/
File report = new File(basedir, 'target/surefire-reports/TEST-demo.CounterTest.xml')
assert report.isFile() : "no ${report}"
String xml = report.text
assert xml =~ /<testcase name="addAddsOnce"[^>]*\/>/ : 'addAddsOnce did not pass'
assert xml =~ /(?s)<testcase name="addTwiceAddsTwice".*?<failure/ : 'addTwiceAddsTwice did not fail'
assert log.contains('BUILD FAILURE')
return true

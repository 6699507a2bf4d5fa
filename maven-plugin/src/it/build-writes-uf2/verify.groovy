// The build goal ran at package: the image and its companions exist, the UF2 is whole (512-byte
// blocks with the UF2 magic), and the log has the size report and the allocation list. The run
// goal then showed the program's UART0 line and its exit status 0.
File target = new File(basedir, 'target')
File uf2 = new File(target, 'build-writes-uf2.uf2')
assert uf2.isFile() : "no ${uf2}"
assert new File(target, 'build-writes-uf2.elf').isFile()
assert new File(target, 'build-writes-uf2.bin').isFile()
byte[] bytes = uf2.bytes
assert bytes.length > 0 && bytes.length % 512 == 0 : "UF2 of ${bytes.length} bytes"
assert (bytes[0] & 0xff) == 0x55 && (bytes[1] & 0xff) == 0x46 && (bytes[2] & 0xff) == 0x32 && (bytes[3] & 0xff) == 0x0A : 'no UF2 magic'
String log = new File(basedir, 'build.log').text
assert log.contains('Built target/build-writes-uf2.uf2')
assert log =~ /flash\s+[0-9,]+ bytes/
assert log.contains('Heap allocations in the program\'s own code:')
assert log.contains('Hello.java:13: string concatenation (in demo.Hello.main)')
assert log.contains('[pico] hello from maven, sum 55')
assert log =~ /rtgo: the program exited with status 0 after [0-9,]+ cycles/
return true

// The generated project is examples/maven-blinky: the same pom and the same sources, byte for byte.
// The templates are made from the example (archetype/pom.xml); this checks that making them and
// Velocity filling them in give the example back, with the archetype's README beside it.
File generated = new File(basedir, 'maven-blinky')
File example = new File(basedir, '../../../../examples/maven-blinky').canonicalFile
assert generated.isDirectory() : "archetype:generate made no ${generated}"
def files = ['pom.xml', 'src/main/java/demo/Blinker.java', 'src/main/java/demo/Blinky.java',
             'src/test/java/demo/BlinkerTest.java']
for (String f : files) {
    File g = new File(generated, f)
    File e = new File(example, f)
    assert g.isFile() : "the archetype made no ${f}"
    assert g.text == e.text : "${f} differs from examples/maven-blinky/${f}:\n${g.text}"
}
assert new File(generated, 'README.md').text.contains('target/maven-blinky.uf2')
return true

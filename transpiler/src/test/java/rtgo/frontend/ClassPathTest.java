package rtgo.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import rtgo.diag.BuildException;

/**
 * The class path reads the program's classes up front and turns every problem with an input file
 * into a BuildException that names the file and says why: not a classfile, cut short, a version
 * rtgo does not read, a class at the wrong path, a method without code or with bytecode the JVM's
 * verifier would refuse, a class older than its source, a jar that is not one or holds no classes.
 */
class ClassPathTest {
    @TempDir
    Path tmp;

    /** A class {@code name} with main() and a static method returning {@code ret} from an int method. */
    private static byte[] classBytes(String name, int returnOpcode) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource(name + ".java", null);
        MethodVisitor main = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
                "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        MethodVisitor one = cw.visitMethod(Opcodes.ACC_STATIC, "one", "()I", null, null);
        one.visitCode();
        one.visitInsn(returnOpcode == Opcodes.IRETURN ? Opcodes.ICONST_1 : Opcodes.ACONST_NULL);
        one.visitInsn(Opcodes.IRETURN);
        one.visitMaxs(0, 0);
        one.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static byte[] good() {
        return classBytes("App", Opcodes.IRETURN);
    }

    private Path dirWith(String file, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("classes"));
        Files.write(dir.resolve(file), bytes);
        return dir;
    }

    private static String refused(Path input) {
        return assertThrows(BuildException.class, () -> new ClassPath(List.of(input))).getMessage();
    }

    @Test
    void aGoodClassIsReadAndListed() throws Exception {
        try (ClassPath cp = new ClassPath(List.of(dirWith("App.class", good())))) {
            assertEquals(List.of("App"), cp.inputClasses());
            assertEquals("App", cp.find("App").name);
        }
    }

    @Test
    void notAClassfileNamesTheFile() throws IOException {
        Path dir = dirWith("App.class", "hello".getBytes(StandardCharsets.UTF_8));
        String m = refused(dir);
        assertTrue(m.contains(dir.resolve("App.class").toString()) && m.contains("magic number"), m);
    }

    @Test
    void truncatedClassfilesNameTheFile() throws IOException {
        byte[] all = good();
        for (int length : new int[] {0, 9, 30, all.length / 2, all.length - 1}) {
            String m = refused(dirWith("App.class", Arrays.copyOf(all, length)));
            assertTrue(m.contains("App.class is not a valid classfile"), length + ": " + m);
        }
    }

    @Test
    void unsupportedVersionSaysWhichVersionsAreRead() throws IOException {
        byte[] b = good();
        b[6] = 0;
        b[7] = (byte) 99;
        String m = refused(dirWith("App.class", b));
        assertTrue(m.contains("classfile version 99 (Java 55)") && m.contains("--release 21"), m);
    }

    @Test
    void classAtTheWrongPathIsRefused() throws IOException {
        String m = refused(dirWith("Other.class", good()));
        assertTrue(m.contains("holds class App, not Other"), m);
    }

    @Test
    void bytecodeTheVerifierRefusesIsRefused() throws IOException {
        String m = refused(dirWith("App.class", classBytes("App", Opcodes.ARETURN)));
        assertTrue(m.contains("App.one would not pass the JVM's verifier"), m);
    }

    @Test
    void descriptorsAreParsedAsTheJvmsDefinesThem() {
        for (String good : new String[] {"()V", "([Ljava/lang/String;)V", "(IJ[[D)Ljava/lang/Object;", "()[I"}) {
            assertTrue(ClassFileCheck.isMethodDescriptor(good), good);
        }
        for (String bad : new String[] {"", "V", "()", "()(V", "(V)V", "()VV", "(L;)V", "(Ljava.lang.X;)V",
                "(Ljava/lang/String)V", "([)V", "()Q", "(I", "()[V", "(La//b;)V"}) {
            assertTrue(!ClassFileCheck.isMethodDescriptor(bad), bad);
        }
    }

    @Test
    void methodWithoutCodeIsRefused() throws IOException {
        byte[] b = good();
        String text = new String(b, StandardCharsets.ISO_8859_1).replace("Code", "Cote");
        String m = refused(dirWith("App.class", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(m.contains("has no code but is neither abstract nor native"), m);
    }

    @Test
    void classOlderThanTheSourceBesideItIsRefusedNamingBoth() throws Exception {
        Path dir = dirWith("App.class", good());
        Files.setLastModifiedTime(dir.resolve("App.class"), FileTime.from(Instant.now().minusSeconds(10)));
        Files.writeString(dir.resolve("App.java"), "class App {}");
        String m = refused(dir);
        assertTrue(m.contains("App.class is older than " + dir.resolve("App.java")), m);
        Files.setLastModifiedTime(dir.resolve("App.class"), FileTime.from(Instant.now().plusSeconds(10)));
        new ClassPath(List.of(dir)).close(); // recompiled: fine
    }

    @Test
    void jarsThatAreNoJarsOrHoldNoClassesAreRefused() throws IOException {
        Path notZip = Files.writeString(tmp.resolve("a.jar"), "not a zip");
        assertTrue(refused(notZip).contains("cannot read " + notZip + " as a jar"), refused(notZip));
        Path empty = tmp.resolve("empty.jar");
        try (OutputStream out = Files.newOutputStream(empty); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write('x');
        }
        assertTrue(refused(empty).contains("holds no .class files"), refused(empty));
        Path missing = tmp.resolve("missing.jar");
        assertTrue(refused(missing).contains("does not exist"), refused(missing));
    }

    @Test
    void damagedClassInAJarNamesJarAndEntry() throws IOException {
        Path jarFile = tmp.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("App.class"));
            jar.write(Arrays.copyOf(good(), 40));
        }
        String m = refused(jarFile);
        assertTrue(m.contains(jarFile + "!/App.class is not a valid classfile"), m);
    }

    /**
     * The rtgo API jar (package rtgo exactly) may be among the inputs: its classes are HotSpot's
     * implementation, skipped and never found, since the runtime's substitutes stand for them; a
     * jar of only those is not "empty". Classes deeper under rtgo/ are not API classes.
     */
    @Test
    void apiClassesAreSkipped() throws Exception {
        Path api = tmp.resolve("rtgo-api.jar");
        try (OutputStream out = Files.newOutputStream(api); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("rtgo/Chan.class"));
            jar.write(classBytes("rtgo/Chan", Opcodes.IRETURN));
        }
        try (ClassPath cp = new ClassPath(List.of(dirWith("App.class", good()), api))) {
            assertEquals(List.of("App"), cp.inputClasses());
            assertEquals(null, cp.find("rtgo/Chan"));
        }
        assertTrue(ClassPath.isApi("rtgo/Select"));
        assertTrue(!ClassPath.isApi("rtgo/runtime/Gc") && !ClassPath.isApi("rtgox/Chan") && !ClassPath.isApi("Chan"));
        assertTrue(Resolver.isJdk("rtgo/Chan"));
        assertEquals("rtgo/runtime/classlib/rtgo/TChan", Resolver.substituteName("rtgo/Chan"));
        assertEquals("rtgo/Chan", rtgo.sym.Symbols.jdkName("rtgo/runtime/classlib/rtgo/TChan"));
    }
}

package rtgo.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The ABI definition (rtgo.vm.abi) stays foldable: every field is a compile-time constant (javac
 * gives it a ConstantValue and copies the value into each use), and no class has a static
 * initialiser or any method but its private constructor. A field that lost its constant
 * initialiser would make device code read it through a class that needs initialising: a bigger,
 * slower image and a class-init check in the runtime's error paths.
 */
class AbiConstantsTest {
    static final List<String> CLASSES = List.of("MemoryMap", "ObjectLayout", "FrameTableLayout", "SymbolNames");

    @Test
    void everyMemberIsACompileTimeConstant() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : CLASSES) {
            ClassNode cn = read("rtgo/vm/abi/" + name);
            assertTrue(cn.fields.size() > 3, name + " has only " + cn.fields.size() + " fields");
            for (FieldNode f : cn.fields) {
                boolean constant = (f.access & Opcodes.ACC_STATIC) != 0 && (f.access & Opcodes.ACC_FINAL) != 0
                        && f.value != null;
                if (!constant) {
                    problems.add(name + "." + f.name + " is not a compile-time constant (static final with a"
                            + " constant initialiser)");
                }
            }
            for (MethodNode m : cn.methods) {
                boolean privateConstructor = m.name.equals("<init>") && (m.access & Opcodes.ACC_PRIVATE) != 0;
                if (!privateConstructor) {
                    problems.add(name + "." + m.name + m.desc + ": the ABI classes hold constants only");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static ClassNode read(String internalName) throws IOException {
        try (InputStream in = AbiConstantsTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            assertNotNull(in, internalName + ".class is not on the test classpath");
            ClassNode cn = new ClassNode();
            new ClassReader(in).accept(cn, ClassReader.SKIP_CODE);
            return cn;
        }
    }
}

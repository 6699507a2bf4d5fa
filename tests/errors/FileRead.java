// Rejected: files (the Pico has no file system).
import java.io.File;

public class FileRead {
    public static void main(String[] a) {
        System.out.println("start");
        File f = new File("data.txt"); // ERROR: java.io.File
        System.out.println(f.exists());
    }
}

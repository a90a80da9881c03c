package org.huiying.routing.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Unit directory 单位名录", description = "Units, registered forum accounts (网名备案) and routing rules")
public class DirectoryController {

    private final UnitDirectory directory;

    public DirectoryController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The directory in force 当前单位名录与分办规则")
    public UnitDirectory directory() {
        return directory;
    }
}
